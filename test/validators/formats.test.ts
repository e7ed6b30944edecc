/**
 * The format checks of the validation runtime, directly: table cases, and random strings near the
 * date-time grammar compared with ajv-formats (everything ours accepts, ajv accepts too; the forms
 * only ajv accepts are listed). Each check is a single pass, so a long input costs linear time.
 */
import { fullFormats } from "ajv-formats/dist/formats.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDateTime, isUri, isUuid, pointer } from "../../generator/targets/validators/validation-runtime.js";
import { dateTimeArbitrary } from "./arbitraries.js";

const ajvDateTime = (fullFormats["date-time"] as { validate: (s: string) => boolean }).validate;
const ajvUri = fullFormats.uri as (s: string) => boolean;

describe("uuid", () => {
  it.each([
    ["0c6d4b5e-1a2b-4c3d-9e8f-0a1b2c3d4e5f", true],
    ["0C6D4B5E-1A2B-4C3D-9E8F-0A1B2C3D4E5F", true],
    ["00000000-0000-0000-0000-000000000000", true],
    ["0c6d4b5e-1a2b-4c3d-9e8f-0a1b2c3d4e5", false],
    ["0c6d4b5e-1a2b-4c3d-9e8f-0a1b2c3d4e5g", false],
    ["0c6d4b5e11a2b-4c3d-9e8f-0a1b2c3d4e5f", false],
    ["urn:uuid:0c6d4b5e-1a2b-4c3d-9e8f-0a1b2c3d4e5f", false],
    ["0c6d4b5e-1a2b-4c3d-9e8f-0a1b2c3d4e5\u0666", false],
    ["", false],
  ])("%s -> %s", (text, expected) => expect(isUuid(text)).toBe(expected));

  it("agrees with fast-check's uuids and with ajv-formats on 36-character strings", () => {
    fc.assert(fc.property(fc.uuid(), (id) => isUuid(id) && isUuid(id.toUpperCase())));
    fc.assert(fc.property(fc.stringMatching(/^[0-9a-gA-G-]{36}$/), (text) => isUuid(text) === (fullFormats.uuid as RegExp).test(text)));
  });
});

describe("date-time", () => {
  it.each([
    ["2024-05-01T10:00:00Z", true],
    ["2024-05-01t10:00:00z", true],
    ["2024-05-01 10:00:00Z", true],
    ["2024-05-01T10:00:00.123456789+02:00", true],
    ["2024-02-29T00:00:00Z", true],
    ["2000-02-29T00:00:00Z", true],
    ["1900-02-29T00:00:00Z", false],
    ["2023-02-29T00:00:00Z", false],
    ["2024-04-31T00:00:00Z", false],
    ["2024-00-10T00:00:00Z", false],
    ["2024-13-10T00:00:00Z", false],
    ["2024-05-00T00:00:00Z", false],
    ["2024-05-01T24:00:00Z", false],
    ["2024-05-01T10:60:00Z", false],
    ["2024-05-01T10:00:61Z", false],
    ["2024-12-31T23:59:60Z", true],
    ["2024-12-31T23:59:60.5Z", true],
    ["2025-01-01T00:59:60+01:00", true],
    ["2024-05-01T10:00:60Z", false],
    ["2024-05-01T10:00:00", false],
    ["2024-05-01T10:00:00.Z", false],
    ["2024-05-01T10:00:00+0200", false],
    ["2024-05-01T10:00:00+02", false],
    ["2024-05-01T10:00:00+24:00", false],
    ["2024-05-01T10:00:00+02:60", false],
    ["2024-05-01T10:00:00Z ", false],
    ["2024-05-01", false],
    ["+002024-05-01T10:00:00Z", false],
    ["２０２４-05-01T10:00:00Z", false],
  ])("%s -> %s", (text, expected) => expect(isDateTime(text)).toBe(expected));

  it("accepts every generated RFC 3339 date-time, as ajv-formats does", () => {
    fc.assert(fc.property(dateTimeArbitrary, (text) => isDateTime(text) && ajvDateTime(text)));
  });

  it("accepts nothing that ajv-formats rejects, on strings close to the grammar", () => {
    const nearly = fc.stringMatching(/^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{0,3})?([Zz]|[+-][0-9]{2}:[0-9]{2})$/);
    fc.assert(fc.property(nearly, (text) => !isDateTime(text) || ajvDateTime(text)), { numRuns: 2000 });
  });

  it("rejects what only ajv-formats accepts: offsets without a colon or minutes, other white space", () => {
    for (const text of ["2024-05-01T10:00:00+0200", "2024-05-01T10:00:00+02", "2024-05-01\t10:00:00Z"]) {
      expect(ajvDateTime(text)).toBe(true);
      expect(isDateTime(text)).toBe(false);
    }
  });

  it("takes linear time on long hostile input", () => {
    for (const text of ["2024-05-01T10:00:00." + "1".repeat(1_000_000), "9".repeat(1_000_000), "2024-05-01T10:00:00.1" + "1".repeat(1_000_000) + "x"]) {
      expect(isDateTime(text)).toBe(false);
    }
  });
});

describe("uri", () => {
  it.each([
    ["https://example.com/a?b=c#d", true],
    ["urn:isbn:0451450523", true],
    ["mailto:someone@example.com", true],
    ["HTTP://EXAMPLE.COM/%7Euser", true],
    ["//example.com/path", false],
    ["no scheme here", false],
    ["1http://example.com", false],
    ["https://example.com/with space", false],
    ["https://example.com/%zz", false],
    ["https://example.com/é", false],
    ["http:", true],
  ])("%s -> %s", (text, expected) => expect(isUri(text)).toBe(expected));

  it("accepts fast-check's web URLs, as ajv-formats does", () => {
    fc.assert(fc.property(fc.webUrl({ withFragments: true, withQueryParameters: true }), (url) => isUri(url) && ajvUri(url)));
  });
});

it("escapes JSON Pointer segments", () => {
  expect(pointer("a/b~c")).toBe("/a~1b~0c");
  expect(pointer(3)).toBe("/3");
  expect(pointer("")).toBe("/");
});
