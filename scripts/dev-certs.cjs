// HTTPS certificate for `npm start` (https://localhost:3000). Uses the certificate that
// `npx office-addin-dev-certs install` trusts on this computer when it exists (needed to sideload
// into real Outlook); otherwise makes a self-signed one, offline, in the git-ignored .certs/ folder
// (enough for the playground; a browser asks once to accept it).
const fs = require('fs');
const os = require('os');
const path = require('path');

const OFFICE_DIR = path.join(os.homedir(), '.office-addin-dev-certs');
const LOCAL_DIR = path.join(__dirname, '..', '.certs');
const RENEW_BEFORE_MS = 7 * 24 * 3600 * 1000;

function readPair(dir, certName, keyName) {
  const cert = path.join(dir, certName);
  const key = path.join(dir, keyName);
  if (!fs.existsSync(cert) || !fs.existsSync(key)) return undefined;
  return { cert: fs.readFileSync(cert, 'utf8'), key: fs.readFileSync(key, 'utf8') };
}

function stillValid(certPem) {
  try {
    const { X509Certificate } = require('crypto');
    const x = new X509Certificate(certPem);
    return Date.parse(x.validTo) - Date.now() > RENEW_BEFORE_MS && x.checkHost('localhost') !== undefined;
  } catch {
    return false;
  }
}

async function devCerts() {
  const office = readPair(OFFICE_DIR, 'localhost.crt', 'localhost.key');
  if (office && stillValid(office.cert)) {
    const ca = path.join(OFFICE_DIR, 'ca.crt');
    return { ...office, ...(fs.existsSync(ca) ? { ca: fs.readFileSync(ca, 'utf8') } : {}), source: OFFICE_DIR };
  }
  const local = readPair(LOCAL_DIR, 'localhost.crt', 'localhost.key');
  if (local && stillValid(local.cert)) return { ...local, source: LOCAL_DIR };
  const selfsigned = require('selfsigned');
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 365 * 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] },
    ],
  });
  fs.mkdirSync(LOCAL_DIR, { recursive: true });
  fs.writeFileSync(path.join(LOCAL_DIR, 'localhost.crt'), pems.cert);
  fs.writeFileSync(path.join(LOCAL_DIR, 'localhost.key'), pems.private, { mode: 0o600 });
  return { cert: pems.cert, key: pems.private, source: LOCAL_DIR };
}

/**
 * The same certificate, for configuration that cannot wait for a promise (webpack-dev-server's
 * `server.options` must be a plain object). A missing or expiring certificate is made by running
 * this file once in a child process.
 */
function devCertsSync() {
  const office = readPair(OFFICE_DIR, 'localhost.crt', 'localhost.key');
  if (office && stillValid(office.cert)) {
    const ca = path.join(OFFICE_DIR, 'ca.crt');
    return { ...office, ...(fs.existsSync(ca) ? { ca: fs.readFileSync(ca, 'utf8') } : {}), source: OFFICE_DIR };
  }
  let local = readPair(LOCAL_DIR, 'localhost.crt', 'localhost.key');
  if (!local || !stillValid(local.cert)) {
    require('child_process').execFileSync(process.execPath, [path.join(__dirname, 'dev-certs.cjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
    local = readPair(LOCAL_DIR, 'localhost.crt', 'localhost.key');
  }
  if (!local) throw new Error(`could not make an HTTPS certificate in ${LOCAL_DIR}`);
  return { ...local, source: LOCAL_DIR };
}

module.exports = { devCerts, devCertsSync };

if (require.main === module) {
  devCerts().then(
    (c) => console.log(`HTTPS certificate for localhost: ${c.source}`),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
