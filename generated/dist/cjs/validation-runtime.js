"use strict";
/**
 * Runtime of the generated validators: result and error types, the Standard Schema v1 interface,
 * linear-time format checks and the helpers that build errors. Copied verbatim into the generated
 * package as src/validation-runtime.ts; it has no dependency.
 *
 * How the generated checks work: every object type (event or shape) has a check function
 * `(value, abortEarly) => errors | undefined` whose error paths are relative to that value. A valid
 * value allocates nothing; a parent prefixes its key to a child's errors only when there are some.
 * Only own properties are read (hasOwnProperty first), so a polluted prototype or an inherited getter
 * is never consulted. A getter or Proxy trap that throws is reported as a `type` error at the path
 * being read, and the rest of that object is not checked.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.own = own;
exports.isObject = isObject;
exports.isNumber = isNumber;
exports.isUuid = isUuid;
exports.isDateTime = isDateTime;
exports.isUri = isUri;
exports.describe = describe;
exports.pointer = pointer;
exports.fail = fail;
exports.missing = missing;
exports.threw = threw;
exports.nest = nest;
exports.run = run;
exports.passes = passes;
exports.standard = standard;
const hasOwnProperty = Object.prototype.hasOwnProperty;
/** True when `key` is an own property: inherited ones never count. */
function own(value, key) {
    return hasOwnProperty.call(value, key);
}
/** A JSON object: not null, not an array. */
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
/** A finite number: NaN and the infinities are not JSON values. */
function isNumber(value) {
    return typeof value === "number" && value - value === 0;
}
/** 1 for the ASCII hexadecimal digits, by character code. */
const hexDigits = /* @__PURE__ */ (() => {
    const table = new Uint8Array(128);
    for (const c of "0123456789abcdefABCDEF")
        table[c.charCodeAt(0)] = 1;
    return table;
})();
const isHex = (c) => c < 128 && hexDigits[c] === 1;
/** 8-4-4-4-12 hexadecimal digits, any version, either case. A table lookup per character. */
function isUuid(text) {
    if (text.length !== 36 ||
        text.charCodeAt(8) !== 45 ||
        text.charCodeAt(13) !== 45 ||
        text.charCodeAt(18) !== 45 ||
        text.charCodeAt(23) !== 45)
        return false;
    for (let i = 0; i < 36; i++) {
        if (i === 8 || i === 13 || i === 18 || i === 23)
            continue;
        const c = text.charCodeAt(i);
        if (c > 127 || hexDigits[c] === 0)
            return false;
    }
    return true;
}
/** The value of `count` ASCII digits at `at`, or -1. */
function digits(text, at, count) {
    let value = 0;
    for (let i = at; i < at + count; i++) {
        const d = text.charCodeAt(i) - 48;
        if (!(d >= 0 && d <= 9))
            return -1;
        value = value * 10 + d;
    }
    return value;
}
const daysInMonth = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/**
 * RFC 3339 date-time, read in one pass (no regular expression): YYYY-MM-DD, `T` (either case, or a
 * space as RFC 3339 section 5.6 allows), hh:mm:ss, optional fraction, then `Z` or ±hh:mm. Month, day
 * (leap years included), hour, minute and second ranges are checked; second 60 only at 23:59 UTC.
 */
function isDateTime(text) {
    const n = text.length;
    if (n < 20)
        return false;
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 2);
    const day = digits(text, 8, 2);
    const hour = digits(text, 11, 2);
    const minute = digits(text, 14, 2);
    const second = digits(text, 17, 2);
    const separator = text.charCodeAt(10) | 32;
    if (year < 0 ||
        text.charCodeAt(4) !== 45 ||
        text.charCodeAt(7) !== 45 ||
        text.charCodeAt(13) !== 58 ||
        text.charCodeAt(16) !== 58)
        return false;
    if (separator !== 116 && separator !== 32)
        return false;
    if (month < 1 ||
        month > 12 ||
        day < 1 ||
        hour < 0 ||
        hour > 23 ||
        minute < 0 ||
        minute > 59 ||
        second < 0 ||
        second > 60)
        return false;
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    if (day > (month === 2 && leap ? 29 : daysInMonth[month]))
        return false;
    let i = 19;
    if (text.charCodeAt(i) === 46) {
        const start = ++i;
        while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57)
            i++;
        if (i === start)
            return false;
    }
    let offsetMinutes = 0;
    const zone = text.charCodeAt(i);
    if ((zone | 32) === 122) {
        if (i + 1 !== n)
            return false;
    }
    else if (zone === 43 || zone === 45) {
        const offsetHour = digits(text, i + 1, 2);
        const offsetMinute = digits(text, i + 4, 2);
        if (i + 6 !== n ||
            text.charCodeAt(i + 3) !== 58 ||
            offsetHour < 0 ||
            offsetHour > 23 ||
            offsetMinute < 0 ||
            offsetMinute > 59)
            return false;
        offsetMinutes = (zone === 43 ? 1 : -1) * (offsetHour * 60 + offsetMinute);
    }
    else
        return false;
    if (second < 60)
        return true;
    // A leap second is inserted at 23:59:60 UTC.
    const utc = (((hour * 60 + minute - offsetMinutes) % 1440) + 1440) % 1440;
    return utc === 1439;
}
/** Characters a URI may hold outside percent-encoding (RFC 3986 unreserved, gen-delims, sub-delims). */
const uriCharacters = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]$/;
/** An absolute URI: a scheme, a colon, then only URI characters with well-formed percent-encoding. */
function isUri(text) {
    const n = text.length;
    let i = 0;
    const first = text.charCodeAt(0) | 32;
    if (!(first >= 97 && first <= 122))
        return false;
    for (i = 1; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === 58)
            break;
        const lower = c | 32;
        if (!((lower >= 97 && lower <= 122) ||
            (c >= 48 && c <= 57) ||
            c === 43 ||
            c === 45 ||
            c === 46))
            return false;
    }
    if (i === n)
        return false;
    for (i++; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === 37) {
            if (!isHex(text.charCodeAt(i + 1)) || !isHex(text.charCodeAt(i + 2)))
                return false;
            i += 2;
        }
        else if (c > 126 || !uriCharacters.test(text[i]))
            return false;
    }
    return true;
}
/** A short, safe description of a received value for messages. Never throws. */
function describe(value) {
    try {
        if (value === null)
            return "null";
        switch (typeof value) {
            case "string":
                return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
            case "number":
            case "boolean":
                return String(value);
            case "undefined":
                return "undefined";
            case "object":
                return Array.isArray(value) ? "an array" : "an object";
            default:
                return `a ${typeof value}`;
        }
    }
    catch {
        return "an unreadable value";
    }
}
/** One JSON Pointer segment, with `~` and `/` escaped. */
function pointer(key) {
    if (typeof key === "number" || (key.indexOf("~") < 0 && key.indexOf("/") < 0))
        return `/${key}`;
    return `/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
}
function add(errors, error) {
    if (errors === undefined)
        return [error];
    errors.push(error);
    return errors;
}
const formatNames = {
    uuid: "a UUID",
    "date-time": "an RFC 3339 date-time",
    uri: "an absolute URI",
};
/**
 * Adds one error about the value at `key` (undefined: the value itself). `expected` depends on the
 * code: a type name, a format, the enum's values, the constant, or the range.
 */
function fail(errors, key, code, expected, received) {
    const path = key === undefined ? "" : pointer(key);
    let message;
    switch (code) {
        case "required":
            message = `missing required property ${JSON.stringify(String(key))}`;
            break;
        case "format":
            message = `expected ${formatNames[expected] ?? expected} string, received ${describe(received)}`;
            break;
        case "enum":
            message = `expected one of ${expected}, received ${describe(received)}`;
            break;
        case "const":
            message = `expected ${JSON.stringify(expected)}, received ${describe(received)}`;
            break;
        case "range":
            message = `expected a number ${expected}, received ${describe(received)}`;
            break;
        case "integer":
            message = `expected an integer, received ${describe(received)}`;
            break;
        case "unknown_event_type":
            message = `unknown event type ${describe(received)}; expected one of the ${expected} event types of the catalogue`;
            break;
        default:
            message = `expected ${expected}, received ${describe(received)}`;
    }
    return add(errors, { path, code, message });
}
/** A required property that is absent (or not own). */
function missing(errors, key) {
    return fail(errors, key, "required", "", undefined);
}
/** Reports a getter or Proxy trap that threw while reading `key`. */
function threw(errors, key, thrown) {
    let reason;
    try {
        reason = thrown instanceof Error ? thrown.message : String(thrown);
    }
    catch {
        reason = "unknown reason";
    }
    return add(errors, {
        path: key === undefined ? "" : pointer(key),
        code: "type",
        message: `could not read the value: ${reason}`,
    });
}
/** Moves a child's errors under `key` and appends them to the parent's. */
function nest(errors, key, inner) {
    const prefix = pointer(key);
    for (const error of inner) {
        error.path = prefix + error.path;
        errors = add(errors, error);
    }
    return errors;
}
/** Runs a check; anything thrown outside a guarded read becomes an error at the root. */
function run(check, input, options) {
    let errors;
    try {
        errors = check(input, options !== undefined && options !== null && options.abortEarly === true);
    }
    catch (thrown) {
        errors = threw(undefined, undefined, thrown);
    }
    return errors === undefined ? { ok: true, value: input } : { ok: false, errors };
}
/** The type guard behind every `is…` function: stops at the first error. */
function passes(check, input) {
    try {
        return check(input, true) === undefined;
    }
    catch {
        return false;
    }
}
/** JSON Pointer back to Standard Schema path keys (array indexes stay strings, as in the pointer). */
function pathKeys(path) {
    return path === ""
        ? []
        : path
            .slice(1)
            .split("/")
            .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
/** A Standard Schema v1 object over a generated check. */
function standard(check, vendor) {
    return {
        "~standard": {
            version: 1,
            vendor,
            validate(value) {
                const result = run(check, value, undefined);
                return result.ok
                    ? { value: result.value }
                    : { issues: result.errors.map((e) => ({ message: e.message, path: pathKeys(e.path) })) };
            },
        },
    };
}
