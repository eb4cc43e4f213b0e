type Named = { title: string; reason: string };
type VitestReport = {
  testResults: {
    assertionResults: { status: string; fullName: string; failureMessages?: string[] }[];
  }[];
};
type PlaywrightSpec = {
  file: string;
  line: number;
  title: string;
  tests: { status: string; results: { status: string; error?: { message?: string } }[] }[];
};
type PlaywrightSuite = { specs?: PlaywrightSpec[]; suites?: PlaywrightSuite[] };
type PlaywrightReport = { suites: PlaywrightSuite[] };

export function failedVitestTests(report: VitestReport): Named[];
export function flakyVitestTests(report: VitestReport): Named[];
export function failedPlaywrightTests(report: PlaywrightReport): Named[];
export function flakyPlaywrightTests(report: PlaywrightReport): Named[];
export function describeFailures(failures: Named[]): string[];
export function describeFlaky(flaky: Named[]): string[];
