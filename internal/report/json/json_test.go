package json

import (
	"bytes"
	stdjson "encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/report"
	"github.com/krait-dev/krait/internal/testutil"
)

// full returns a report whose findings use every field of the model.
func full() *report.Report {
	fs := []finding.Finding{
		{
			RuleID: "KRT1602", RuleName: "subprocess-shell-true", Aliases: []string{"B602", "S602"}, CWE: []int{78},
			Severity: finding.High, Confidence: finding.HighConfidence,
			Path: "app/run.py", Line: 14, Column: 5, EndLine: 14, EndColumn: 36,
			Message: "subprocess call with shell=True <&>", Snippet: "    subprocess.run(cmd, shell=True)  # krait: ignore[B602] fixed argv",
			Suppressed: &finding.Suppression{Kind: "inline", Reason: "fixed argv"},
		},
		{
			RuleID: "KRT3001", RuleName: "sql-injection", CWE: []int{89},
			Severity: finding.Critical, Confidence: finding.MediumConfidence,
			Path: "web/views.py", Line: 12, Column: 5, EndLine: 12, EndColumn: 19,
			Message: "request data reaches cursor.execute", Snippet: "    cur.execute(q)",
			Trace: []finding.Step{
				{Path: "web/views.py", Line: 8, Column: 12, Message: "source: request.args"},
				{Path: "web/views.py", Line: 12, Column: 17, Message: "sink: cursor.execute"},
			},
		},
		{
			RuleID: "PYSEC-2024-1", RuleName: "vulnerable-dependency", Aliases: []string{"CVE-2024-0001"},
			Severity: finding.Medium, Confidence: finding.HighConfidence,
			Path: "requirements.txt", Line: 3, Column: 1, Message: "jinja2 3.1.2 has a known vulnerability",
			Snippet: "jinja2==3.1.2", Package: "jinja2", Version: "3.1.2", FixedVersions: []string{"3.1.3"},
		},
		{
			RuleID: "KRT0002", RuleName: "unreadable-file", Severity: finding.Medium, Confidence: finding.HighConfidence,
			Path: "secret.py", Message: "cannot read this file: permission denied",
			Suppressed: &finding.Suppression{Kind: "baseline"},
		},
	}
	finding.Sort(fs)
	finding.SetFingerprints(fs)
	return &report.Report{Version: "1.0.0", Files: 4, Findings: fs}
}

func TestGolden(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, full()); err != nil {
		t.Fatal(err)
	}
	testutil.Golden(t, filepath.Join("testdata", "golden", "full.json"), b.Bytes())

	b.Reset()
	if err := Write(&b, &report.Report{Version: "1.0.0"}); err != nil {
		t.Fatal(err)
	}
	testutil.Golden(t, filepath.Join("testdata", "golden", "empty.json"), b.Bytes())
}

func TestRoundTrip(t *testing.T) {
	r := full()
	var b bytes.Buffer
	if err := Write(&b, r); err != nil {
		t.Fatal(err)
	}
	var doc Document
	if err := stdjson.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(doc.Findings, r.Findings) {
		t.Errorf("findings did not survive a round trip:\n%+v\n%+v", doc.Findings, r.Findings)
	}
	if want := (Summary{Files: 4, Findings: 2, Suppressed: 2}); doc.Summary != want {
		t.Errorf("summary = %+v, want %+v", doc.Summary, want)
	}
}

// jsonFields returns the JSON names of the fields of the struct type t,
// prefixed with prefix, descending into struct, pointer and slice fields.
func jsonFields(t reflect.Type, prefix string) []string {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return nil
	}
	var names []string
	for i := range t.NumField() {
		f := t.Field(i)
		tag := strings.Split(f.Tag.Get("json"), ",")[0]
		if tag == "" || tag == "-" {
			continue
		}
		name := prefix + tag
		names = append(names, name)
		ft := f.Type
		for ft.Kind() == reflect.Pointer || ft.Kind() == reflect.Slice {
			ft = ft.Elem()
		}
		if ft.Kind() == reflect.Struct && ft != reflect.TypeFor[finding.Finding]() {
			sep := "."
			if f.Type.Kind() == reflect.Slice {
				sep = "[]."
			}
			names = append(names, jsonFields(ft, name+sep)...)
		}
	}
	return names
}

// TestDocumented checks that docs/findings.md documents every field the JSON
// report can write.
func TestDocumented(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "..", "..", "docs", "findings.md"))
	if err != nil {
		t.Fatal(err)
	}
	fields := append(jsonFields(reflect.TypeFor[Document](), ""), jsonFields(reflect.TypeFor[finding.Finding](), "")...)
	for _, f := range fields {
		if !bytes.Contains(doc, []byte("| `"+f+"` |")) {
			t.Errorf("docs/findings.md does not document the JSON field %q (want a table row starting with | `%s` |)", f, f)
		}
	}
}
