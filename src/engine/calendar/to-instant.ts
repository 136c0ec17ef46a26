/** A Date from a Date or an ISO 8601 string, refusing values that do not name an instant. */
export function toInstant(value: Date | string): Date {
  const instant = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not a valid date and time: ${JSON.stringify(String(value))}`);
  return instant;
}
