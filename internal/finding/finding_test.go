package finding

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestSeverity(t *testing.T) {
	for _, name := range []string{"low", "MEDIUM", "High", "critical"} {
		s, err := ParseSeverity(name)
		if err != nil || s.String() != strings.ToLower(name) {
			t.Errorf("ParseSeverity(%q) = %v, %v", name, s, err)
		}
	}
	if _, err := ParseSeverity("severe"); err == nil {
		t.Error("ParseSeverity(severe) succeeded")
	}
	if !(Low < Medium && Medium < High && High < Critical) {
		t.Error("severities are not ordered")
	}
}

func TestSourceLine(t *testing.T) {
	src := []byte("one\r\ntwo\rthree\nfour")
	for line, want := range map[int]string{0: "", 1: "one", 2: "two", 3: "three", 4: "four", 5: ""} {
		if got := SourceLine(src, line); got != want {
			t.Errorf("SourceLine(%d) = %q, want %q", line, got, want)
		}
	}
	if got := SourceLine([]byte("x\n"), 2); got != "" {
		t.Errorf("line after the last newline = %q", got)
	}
	long := strings.Repeat("é", MaxSnippet) // 2 bytes each
	got := SourceLine([]byte(long), 1)
	if !strings.HasSuffix(got, "…") || len(got) > MaxSnippet+len("…") || !strings.HasPrefix(long, strings.TrimSuffix(got, "…")) {
		t.Errorf("long line cut badly: %d bytes", len(got))
	}
}

func TestSortAndFingerprints(t *testing.T) {
	fs := []Finding{
		{RuleID: "KRT0002", Path: "b.py", Line: 1, Snippet: "x"},
		{RuleID: "KRT0001", Path: "a.py", Line: 10, Column: 2, Snippet: "  y = f(x)  "},
		{RuleID: "KRT0001", Path: "a.py", Line: 2, Column: 5, Snippet: "y = f(x)"},
		{RuleID: "KRT0000", Path: "a.py", Line: 2, Column: 5, Snippet: "z"},
	}
	Sort(fs)
	var order []string
	for _, f := range fs {
		order = append(order, f.Path+":"+f.RuleID)
	}
	if got := strings.Join(order, " "); got != "a.py:KRT0000 a.py:KRT0001 a.py:KRT0001 b.py:KRT0002" {
		t.Errorf("order = %s", got)
	}
	SetFingerprints(fs)
	// The same rule and snippet on another line: different rank, so a
	// different fingerprint; fingerprints do not depend on the line.
	if fs[1].Fingerprint == fs[2].Fingerprint || fs[1].Fingerprint == "" {
		t.Errorf("colliding fingerprints %q %q", fs[1].Fingerprint, fs[2].Fingerprint)
	}
	moved := []Finding{{RuleID: "KRT0001", Path: "a.py", Line: 7, Snippet: "y = f(x)"}}
	SetFingerprints(moved)
	if moved[0].Fingerprint != fs[1].Fingerprint {
		t.Errorf("fingerprint changed when the line moved")
	}
}

func TestJSON(t *testing.T) {
	f := Finding{RuleID: "KRT0001", RuleName: "syntax-error", Severity: High, Confidence: HighConfidence, Path: "a.py", Line: 1, Column: 2, Message: "m"}
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"rule_id":"KRT0001","rule_name":"syntax-error","severity":"high","confidence":"high","path":"a.py","line":1,"column":2,"message":"m","fingerprint":""}`
	if string(b) != want {
		t.Errorf("JSON = %s\nwant   %s", b, want)
	}
	var back Finding
	if err := json.Unmarshal(b, &back); err != nil || back.Severity != High || back.Confidence != HighConfidence {
		t.Errorf("round trip: %+v, %v", back, err)
	}
	if _, err := json.Marshal(Finding{}); err == nil {
		t.Error("a finding without severity marshalled")
	}
}
