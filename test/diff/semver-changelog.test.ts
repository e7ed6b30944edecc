import { expect, test } from "vitest";
import { changelogSection, prependSection } from "../../generator/diff/changelog.js";
import type { Change } from "../../generator/diff/diff.js";
import { nextVersion } from "../../generator/diff/semver.js";

test("next version by highest severity", () => {
  expect(nextVersion("1.4.2", "breaking")).toBe("2.0.0");
  expect(nextVersion("1.4.2", "minor")).toBe("1.5.0");
  expect(nextVersion("1.4.2", "patch")).toBe("1.4.3");
  expect(nextVersion("1.4.2", undefined)).toBe("1.4.2");
  // Before 1.0.0 a breaking change bumps the minor number.
  expect(nextVersion("0.3.1", "breaking")).toBe("0.4.0");
  expect(nextVersion("0.3.1", "minor")).toBe("0.3.2");
});

const at = { file: "spec.yaml", line: 3, column: 5 };
const change = (rule: Change["rule"], severity: Change["severity"], event: string, message: string): Change => ({
  rule,
  severity,
  event,
  message: `${event}: ${message}`,
  location: at,
  side: "new",
  breaksExhaustiveSwitch: rule === "ENUM_VALUE_ADDED",
});

test("changelog section groups a change shared by several events and escapes Markdown", () => {
  const section = changelogSection("2.0.0", [
    change("PROPERTY_REMOVED", "breaking", "a.b", "property x_id removed"),
    change("PROPERTY_REMOVED", "breaking", "c.d", "property x_id removed"),
    change("ENUM_VALUE_ADDED", "minor", "a.b", 'property method now also takes "remote"'),
  ]);
  expect(section).toBe(
    [
      "## 2.0.0",
      "",
      "### Breaking changes",
      "",
      "- property x\\_id removed (in 2 events: a.b, c.d) `PROPERTY_REMOVED`",
      "",
      "### Added and changed",
      "",
      '- a.b: property method now also takes "remote" (breaks exhaustive switches) `ENUM_VALUE_ADDED`',
      "",
    ].join("\n"),
  );
});

test("a section goes under the file's title, before older sections", () => {
  expect(prependSection("", "## 1.0.0\n")).toBe("# Changelog\n\n## 1.0.0\n");
  expect(prependSection("# Changelog\n\n## 1.0.0\n- old\n", "## 2.0.0\n- new\n")).toBe("# Changelog\n\n## 2.0.0\n- new\n\n## 1.0.0\n- old\n");
  expect(prependSection("## 1.0.0\n", "## 2.0.0\n")).toBe("## 2.0.0\n\n## 1.0.0\n");
});
