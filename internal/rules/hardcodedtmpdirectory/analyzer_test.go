package hardcodedtmpdirectory_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/rules/hardcodedtmpdirectory"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", hardcodedtmpdirectory.Analyzer)
}

func TestTmpDirsOption(t *testing.T) {
	src := []byte("a = '/tmp/x'\nb = '/scratch/x'\nc = 'C:\\\\Temp\\\\x'\nd = '/scratchpad'\n")
	c := &analysis.Checker{Analyzers: []*analysis.Analyzer{hardcodedtmpdirectory.Analyzer}}
	if r := c.CheckSource("x.py", src); len(r.Findings) != 1 {
		t.Errorf("defaults: got %d findings, want 1", len(r.Findings))
	}
	c.Options = map[string]map[string]any{"hardcoded-tmp-directory": {"tmp_dirs": []any{"/scratch", "C:\\Temp"}}}
	r := c.CheckSource("x.py", src)
	if len(r.Findings) != 3 {
		t.Fatalf("with tmp_dirs: got %d findings, want 3: %+v", len(r.Findings), r.Findings)
	}
	for i, line := range []int{1, 2, 3} {
		if r.Findings[i].Line != line {
			t.Errorf("finding %d on line %d, want %d", i, r.Findings[i].Line, line)
		}
	}
}

func TestTempfileDirIsLowSeverity(t *testing.T) {
	c := &analysis.Checker{Analyzers: []*analysis.Analyzer{hardcodedtmpdirectory.Analyzer}}
	r := c.CheckSource("x.py", []byte("import tempfile\ntempfile.mkstemp(dir='/tmp')\n"))
	if len(r.Findings) != 1 || r.Findings[0].Severity != finding.Low {
		t.Errorf("got %+v, want one low-severity finding", r.Findings)
	}
}
