import { findCopyNotations } from '../../../src/engine/language/notation';

/** All names mentioned by notations in the text, or null when the text has no notation at all. */
function notedNames(text: string): string[] | null {
  const found = findCopyNotations(text);
  return found.length ? found.flatMap((n) => n.names) : null;
}

describe('findCopyNotations', () => {
  it.each<[string, string[] | null]>([
    // Statements that the writer has copied someone, and the names they give.
    ['cc Cllr Brown', ['Cllr Brown']],
    ['cc: Cllr Brown; Cllr Cole', ['Cllr Brown', 'Cllr Cole']],
    ['cc cllr brown', ['Cllr brown']],
    ['Copied to Cllr Brown', ['Cllr Brown']],
    ['Copy: Councillor Erin Evans', ['Cllr Erin Evans']],
    ['I have copied in Councillor Brown.', ['Cllr Brown']],
    ['I have copied in Councillor Jane Doyle as the second member for Riverside, as Cllr Cole asked.', ['Cllr Jane Doyle']],
    ["I've included Councillor Brown (ward councillor) in this reply.", ['Cllr Brown']],
    ['I’ve cc’d Cllr Brown for information.', ['Cllr Brown']],
    ['Cllr Brown is copied.', ['Cllr Brown']],
    ['Both ward members, Cllr Ruth Okoro and Cllr Ian Moss, are copied into this email for information.', ['Cllr Ruth Okoro', 'Cllr Ian Moss']],
    ['This reply has been copied to Cllr Brown.', ['Cllr Brown']],
    ['I have copied in Councillors Brown and Cole, because the road is on the boundary.', ['Cllr Brown', 'Cllr Cole']],
    ['I have also copied Cllrs Brown, Cole and Davies into this reply.', ['Cllr Brown', 'Cllr Cole', 'Cllr Davies']],
    ['I have copied in Cllr Brown as well as Cllr Cole.', ['Cllr Brown', 'Cllr Cole']],
    ['I am copying in Alice Brown so that she is aware.', ['Alice Brown']],
    ['Copying in Dev Patel for information.', ['Dev Patel']],
    ['I have copied this reply to Cllr J. Smith.', ['Cllr J. Smith']],
    ["i've copied in alice brown", ['alice brown']],
    ["I have copied Cllr O'Brien's colleague Cllr Cole in.", ["Cllr O'Brien", 'Cllr Cole']],
    ['Dear Cllr Davies,\n\nThe bins will be collected on Friday. I have copied in\nCllr Brown as the road is in her ward.\n\nKind regards,\nMark', ['Cllr Brown']],
    ['cc. Councillor Brown', ['Cllr Brown']],
    ['Cllr Cole copied for information.', ['Cllr Cole']],
    ["Ward councillors Cllr Brown and Cllr Cole (cc'd).", ['Cllr Brown', 'Cllr Cole']],
    // A statement that names nobody is still a notation, but cures nothing.
    ["I've copied him in.", []],
    ['I have copied this reply to all councillors.', []],
    // Not statements that the writer has copied someone.
    ['Shall I copy in Cllr Brown?', null],
    ['Have I copied in the right Cllr Brown?', null],
    ['I have not copied in Cllr Brown.', null],
    ["I haven't copied Cllr Brown in.", null],
    ['I will copy Cllr Brown in once I hear back.', null],
    ['Let me know if you would like me to copy in Cllr Brown.', null],
    ['Thank you for copying in Cllr Brown.', null],
    ['You have copied in Cllr Brown.', null],
    ['I was copied in by Cllr Brown.', null],
    ['Cllr Brown asked me to look into the bins.', null],
    ['Cllr Brown copied me in on this.', null],
    ['The report Cllr Brown copied to me is attached.', null],
    ['This email and any attachments are confidential; any disclosure, copying or distribution of it is not permitted.', null],
    ['', null],
  ])('%j', (input, expected) => {
    expect(notedNames(input)).toEqual(expected);
  });

  it('keeps the sentence that makes the statement', () => {
    expect(findCopyNotations('Dear Alice,\n\nThanks. I have copied in Cllr Cole.\n\nMark')).toEqual([
      { text: 'I have copied in Cllr Cole.', names: ['Cllr Cole'] },
    ]);
  });
});
