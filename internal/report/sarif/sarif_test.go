package sarif

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/testutil"
)

const shellDoc = `## What it does
Checks for subprocess calls that run a command through the shell.

## Why is this bad?
A shell interprets metacharacters, so untrusted input can run other commands.

## Example
` + "```python\nsubprocess.run(cmd, shell=True)\n```" + `

## Use instead
` + "```python\nsubprocess.run([\"ls\", path])\n```" + `

## References
- [subprocess security considerations](https://docs.python.org/3/library/subprocess.html#security-considerations)
`

var (
	ruleShell = &analysis.Rule{
		ID: "KRT1602", Name: "subprocess-shell-true", Aliases: []string{"B602", "S602"}, CWE: []int{78},
		Severity: finding.High, Confidence: finding.HighConfidence,
		Summary: "subprocess call with shell=True", Doc: shellDoc,
	}
	ruleYAML = &analysis.Rule{
		ID: "KRT1506", Name: "yaml-load", Aliases: []string{"B506", "S506"}, CWE: []int{502, 20, 502},
		Severity: finding.Medium, Confidence: finding.MediumConfidence,
		Summary: "yaml.load without a safe loader",
	}
	ruleSQL = &analysis.Rule{
		ID: "KRT3001", Name: "sql-injection", CWE: []int{89},
		Severity: finding.Critical, Confidence: finding.LowConfidence,
		Summary: "request data reaches a SQL query", Doc: "## What it does\nTracks request data\ninto SQL queries.\n",
	}
	ruleAssert = &analysis.Rule{
		ID: "KRT1101", Name: "assert-used", Aliases: []string{"B101"}, CWE: []int{703},
		Severity: finding.Low, Confidence: finding.HighConfidence, Summary: "assert used",
	}
)

func fromRule(r *analysis.Rule, path string, line, col int, msg, snippet string) finding.Finding {
	return finding.Finding{
		RuleID: r.ID, RuleName: r.Name, Aliases: r.Aliases, CWE: r.CWE,
		Severity: r.Severity, Confidence: r.Confidence,
		Path: path, Line: line, Column: col, Message: msg, Snippet: snippet,
	}
}

type fixture struct {
	name     string
	findings []finding.Finding
	rules    []*analysis.Rule
	info     ToolInfo
}

func fixtures() []fixture {
	// "é" is 2 bytes and 1 UTF-16 unit; "😀" is 4 bytes and 2 units.
	uni := fromRule(ruleShell, "app/run.py", 3, 13, "subprocess call with shell=True: command injection", `s = "é😀"; subprocess.run(c, shell=True)`)
	uni.EndLine, uni.EndColumn = 3, 44
	multi := fromRule(ruleShell, "app/run.py", 10, 5, "subprocess call with shell=True", "    subprocess.Popen(\n        cmd,\n        shell=True)")
	multi.EndLine, multi.EndColumn = 12, 20
	nosec := fromRule(ruleShell, "app/run.py", 20, 1, "subprocess call with shell=True", "subprocess.call(c, shell=True)  # nosec B602")
	nosec.EndLine, nosec.EndColumn = 20, 31
	nosec.Suppressed = &finding.Suppression{Kind: "inline", Reason: "nosec"}
	base := fromRule(ruleYAML, "app/conf.py", 4, 8, "yaml.load without a safe loader", "data = yaml.load(f)")
	base.Suppressed = &finding.Suppression{Kind: "baseline"}
	syntax := finding.Finding{RuleID: "KRT0001", RuleName: "syntax-error", Severity: finding.High, Confidence: finding.HighConfidence,
		Path: "broken file.py", Line: 2, Column: 9, Message: "SyntaxError: expected ':'", Snippet: "def f(x)"}
	unreadable := finding.Finding{RuleID: "KRT0002", RuleName: "unreadable-file", Severity: finding.Medium, Confidence: finding.HighConfidence,
		Path: "./secret/ü.py", Message: "cannot read this file: permission denied"}
	dep := finding.Finding{RuleID: "PYSEC-2024-1", RuleName: "vulnerable-dependency", Aliases: []string{"CVE-2024-0001", "GHSA-aaaa-bbbb-cccc"}, CWE: []int{79},
		Severity: finding.Critical, Confidence: finding.HighConfidence, Path: "requirements.txt", Line: 3, Column: 1, EndColumn: 13,
		Message: "jinja2 3.1.2 has a known vulnerability", Snippet: "jinja2==3.1.2", Package: "jinja2", Version: "3.1.2", FixedVersions: []string{"3.1.3"}}

	basic := []finding.Finding{multi, uni, nosec, base, syntax, unreadable, dep}
	finding.Sort(basic)
	finding.SetFingerprints(basic)

	sql := fromRule(ruleSQL, "web/views.py", 12, 5, "request data reaches cursor.execute", "    cur.execute(q)")
	sql.EndLine, sql.EndColumn = 12, 19
	sql.Trace = []finding.Step{
		{Path: "web/views.py", Line: 8, Column: 12, Message: "source: request.args"},
		{Path: "web/db.py", Line: 3, Message: "passed to build_query(name)"},
		{Path: "web/views.py", Line: 12, Column: 17, Message: "sink: cursor.execute"},
	}
	taint := []finding.Finding{sql}
	finding.SetFingerprints(taint)

	wd, _ := os.Getwd()
	root := filepath.Join(wd, "project")
	abs := fromRule(ruleAssert, filepath.ToSlash(filepath.Join(root, "tests", "test a.py")), 1, 1, "assert used", "assert x")
	outside := fromRule(ruleAssert, "/~elsewhere/x:y.py", 2, 1, "assert used", "assert y") // sorts after any working directory
	rel := fromRule(ruleAssert, "project/pkg/#1.py", 3, 1, "assert used", "assert z")      // relative to the working directory
	paths := []finding.Finding{abs, outside, rel}
	finding.Sort(paths)
	for i := range paths {
		// The absolute path depends on where the repository is: give
		// these findings fixed fingerprints.
		paths[i].Fingerprint = fmt.Sprintf("fixed%d", i)
	}

	return []fixture{
		{name: "empty", info: ToolInfo{Version: "1.0.0"}},
		{name: "rules-only", rules: []*analysis.Rule{ruleYAML, ruleShell, ruleSQL, ruleAssert}, info: ToolInfo{Version: "1.0.0"}},
		{name: "basic", findings: basic, rules: []*analysis.Rule{ruleShell, ruleYAML}, info: ToolInfo{Version: "1.0.0"}},
		{name: "taint", findings: taint, rules: []*analysis.Rule{ruleSQL}, info: ToolInfo{Name: "krait", Version: "devel", InformationURI: "https://example.com/krait"}},
		{name: "paths", findings: paths, rules: []*analysis.Rule{ruleAssert}, info: ToolInfo{Version: "1.0.0", SourceRoot: root}},
	}
}

func TestGolden(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for _, fx := range fixtures() {
		t.Run(fx.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, fx.findings, fx.rules, fx.info); err != nil {
				t.Fatal(err)
			}
			got := testutil.NormalizePaths(b.String(), map[string]string{wd: "/WD"})
			testutil.Golden(t, filepath.Join("testdata", "golden", fx.name+".sarif"), []byte(got))

			// Deterministic: the same input in another order gives the same bytes.
			rev := make([]finding.Finding, len(fx.findings))
			for i := range fx.findings {
				rev[len(rev)-1-i] = fx.findings[i]
			}
			rules := make([]*analysis.Rule, len(fx.rules))
			for i := range fx.rules {
				rules[len(rules)-1-i] = fx.rules[i]
			}
			var b2 bytes.Buffer
			if err := Write(&b2, rev, rules, fx.info); err != nil {
				t.Fatal(err)
			}
			if b.String() != b2.String() {
				t.Errorf("output depends on the order of the input\n%s", testutil.FirstDiff(b.String(), b2.String()))
			}
		})
	}
}

// sarifSchema compiles the official SARIF 2.1.0 schema from ../shared.
func sarifSchema(t *testing.T) *jsonschema.Schema {
	return testutil.Schema(t, SchemaURI, map[string]string{"sarif-schema-2.1.0.json": SchemaURI})
}

func TestSchema(t *testing.T) {
	sch := sarifSchema(t)
	for _, fx := range fixtures() {
		t.Run(fx.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, fx.findings, fx.rules, fx.info); err != nil {
				t.Fatal(err)
			}
			inst, err := jsonschema.UnmarshalJSON(&b)
			if err != nil {
				t.Fatal(err)
			}
			if err := sch.Validate(inst); err != nil {
				t.Errorf("output does not validate against the SARIF 2.1.0 schema:\n%v", err)
			}
		})
	}
	// The validator is not vacuous: a log without a tool fails.
	bad, _ := jsonschema.UnmarshalJSON(strings.NewReader(`{"version":"2.1.0","runs":[{"results":[]}]}`))
	if sch.Validate(bad) == nil {
		t.Error("a run without a tool validated")
	}
}

// decode writes fx and returns the decoded log.
func decode(t *testing.T, fs []finding.Finding, rules []*analysis.Rule, info ToolInfo) map[string]any {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, fs, rules, info); err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// get follows a path of keys and indexes through decoded JSON.
func get(t *testing.T, v any, keys ...any) any {
	t.Helper()
	for _, k := range keys {
		switch k := k.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				t.Fatalf("at %q: not an object: %v", k, v)
			}
			v = m[k]
		case int:
			a, ok := v.([]any)
			if !ok || k >= len(a) {
				t.Fatalf("at [%d]: not an array long enough: %v", k, v)
			}
			v = a[k]
		}
	}
	return v
}

func TestMapping(t *testing.T) {
	f := fromRule(ruleShell, "a.py", 1, 13, "m", `s = "é😀"; subprocess.run(c, shell=True)`)
	f.EndLine, f.EndColumn = 1, 44
	f.Fingerprint = "abc"
	f.Suppressed = &finding.Suppression{Kind: "inline", Reason: "reviewed"}
	m := decode(t, []finding.Finding{f}, []*analysis.Rule{ruleYAML, ruleShell}, ToolInfo{Version: "9"})
	run := get(t, m, "runs", 0)
	rule := get(t, run, "tool", "driver", "rules", 1)
	for _, c := range []struct {
		got  any
		want any
	}{
		{get(t, run, "columnKind"), "utf16CodeUnits"},
		{get(t, rule, "id"), "KRT1602"},
		{get(t, rule, "name"), "subprocess-shell-true"},
		{get(t, rule, "shortDescription", "text"), "subprocess call with shell=True"},
		{get(t, rule, "fullDescription", "text"), "Checks for subprocess calls that run a command through the shell."},
		{get(t, rule, "help", "markdown"), strings.TrimSpace(shellDoc)},
		{get(t, rule, "help", "text"), strings.TrimSpace(shellDoc)},
		{get(t, rule, "defaultConfiguration", "level"), "error"},
		{get(t, rule, "properties", "security-severity"), "8.0"},
		{get(t, rule, "properties", "precision"), "high"},
		{get(t, rule, "properties", "tags", 0), "security"},
		{get(t, rule, "properties", "tags", 1), "external/cwe/cwe-78"},
		{get(t, run, "results", 0, "ruleId"), "KRT1602"},
		{get(t, run, "results", 0, "ruleIndex"), 1.0},
		{get(t, run, "results", 0, "locations", 0, "physicalLocation", "artifactLocation", "uriBaseId"), "%SRCROOT%"},
		// Byte column 13 follows "é" (2 bytes, 1 unit) and "😀" (4 bytes, 2 units).
		{get(t, run, "results", 0, "locations", 0, "physicalLocation", "region", "startColumn"), 10.0},
		{get(t, run, "results", 0, "locations", 0, "physicalLocation", "region", "endColumn"), 41.0},
		{get(t, run, "results", 0, "partialFingerprints", "primaryLocationLineHash"), "abc"},
		{get(t, run, "results", 0, "suppressions", 0, "kind"), "inSource"},
		{get(t, run, "results", 0, "suppressions", 0, "justification"), "reviewed"},
	} {
		if c.got != c.want {
			t.Errorf("got %v, want %v", c.got, c.want)
		}
	}
}

func TestUTF16Column(t *testing.T) {
	cut := strings.Repeat("😀", finding.MaxSnippet/4) + "…" // as finding.SourceLine cuts
	for _, c := range []struct {
		line string
		col  int
		want int
	}{
		{"abc", 1, 1},
		{"abc", 3, 3},
		{"abc", 10, 10}, // past the line: one unit per byte
		{"é=1", 3, 2},
		{"😀x", 5, 3},
		{"😀x", 3, 3}, // inside a character: its bytes count
		{"\xffx", 2, 2},
		{"", 7, 7},
		{cut, finding.MaxSnippet + 1, finding.MaxSnippet/2 + 1},
		{cut, finding.MaxSnippet + 5, finding.MaxSnippet/2 + 5},
	} {
		if got := utf16Column(c.line, c.col); got != c.want {
			t.Errorf("utf16Column(%q, %d) = %d, want %d", c.line, c.col, got, c.want)
		}
	}
}

func TestMappings(t *testing.T) {
	for s, want := range map[finding.Severity][2]string{
		finding.Critical: {"error", "9.5"}, finding.High: {"error", "8.0"},
		finding.Medium: {"warning", "5.5"}, finding.Low: {"note", "3.0"},
	} {
		if Level(s) != want[0] || SecuritySeverity(s) != want[1] {
			t.Errorf("%v: level %s, security-severity %s; want %v", s, Level(s), SecuritySeverity(s), want)
		}
	}
	for c, want := range map[finding.Confidence]string{finding.LowConfidence: "low", finding.MediumConfidence: "medium", finding.HighConfidence: "high"} {
		if Precision(c) != want {
			t.Errorf("Precision(%v) = %s", c, Precision(c))
		}
	}
}

func TestArtifactURI(t *testing.T) {
	for _, c := range []struct {
		path, root, uri, base string
	}{
		{"a.py", "", "a.py", SourceRootID},
		{"./pkg/a b.py", "", "pkg/a%20b.py", SourceRootID},
		{"pkg/x:y#z%.py", "", "pkg/x%3Ay%23z%25.py", SourceRootID},
		{"pkg/é.py", "", "pkg/%C3%A9.py", SourceRootID},
		{"/src/p/a.py", "/src/p", "p/a.py"[2:], SourceRootID},
		{"/src/p/a.py", "/other", "file:///src/p/a.py", ""},
		{"C:/src/a.py", "", "file:///C:/src/a.py", ""},
	} {
		got := artifactURI(c.path, c.root)
		if got.URI != c.uri || got.URIBaseID != c.base {
			t.Errorf("artifactURI(%q, %q) = %+v, want %s %s", c.path, c.root, got, c.uri, c.base)
		}
	}
}
