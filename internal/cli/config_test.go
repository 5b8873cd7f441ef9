package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const shellApp = `import subprocess
subprocess.call(cmd, shell=True)
subprocess.call(cmd, shell=True)  # nosec B602
subprocess.call(cmd, shell=True)  # krait: ignore[subprocess-popen-with-shell-equals-true] vetted input
x = 1  # noqa: S602
`

// TestCodeSuppressionsAndConfig checks that inline suppressions, the
// configuration file and --show-unused-suppressions reach the report.
func TestCodeSuppressionsAndConfig(t *testing.T) {
	dir := writeTree(t, map[string]string{"app.py": shellApp, "skipped/gen.py": "import subprocess\nsubprocess.call(c, shell=True)\n",
		"pyproject.toml": "[tool.krait]\nexclude = [\"skipped/**\"]\n"})
	code, stdout, stderr := runApp(t, t.Context(), []string{"code", "--format", "json", "--ignore", "B404", "--show-unused-suppressions", dir}, nil)
	if code != ExitFindings {
		t.Fatalf("exit %d; stderr %s", code, stderr)
	}
	var doc struct {
		Findings []struct {
			RuleID     string `json:"rule_id"`
			Line       int    `json:"line"`
			Path       string `json:"path"`
			Suppressed *struct {
				Kind   string `json:"kind"`
				Reason string `json:"reason"`
			} `json:"suppressed"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range doc.Findings {
		s := filepath.Base(f.Path) + ":" + itoa(f.Line) + ":" + f.RuleID
		if f.Suppressed != nil {
			s += ":suppressed(" + f.Suppressed.Reason + ")"
		}
		got = append(got, s)
	}
	want := []string{"app.py:2:KRT1602", "app.py:3:KRT1602:suppressed(nosec)", "app.py:4:KRT1602:suppressed(vetted input)", "app.py:5:KRT0004"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("findings\n got %v\nwant %v", got, want)
	}
}

func itoa(i int) string {
	b, _ := json.Marshal(i)
	return string(b)
}

func TestCodeBadConfig(t *testing.T) {
	dir := writeTree(t, map[string]string{"app.py": "x = 1\n", "pyproject.toml": "[tool.krait]\nselct = [\"B6\"]\n"})
	code, _, stderr := runApp(t, t.Context(), []string{"code", dir}, nil)
	if code != ExitUsage || !strings.Contains(stderr, "pyproject.toml") || !strings.Contains(stderr, "tool.krait.selct") {
		t.Fatalf("exit %d, stderr %q; want exit 2 naming the file and the key", code, stderr)
	}
}

func TestCodeSARIF(t *testing.T) {
	dir := writeTree(t, map[string]string{"app.py": shellApp})
	code, stdout, stderr := runApp(t, t.Context(), []string{"code", "--format", "sarif", "--select", "B602", dir}, nil)
	if code != ExitFindings {
		t.Fatalf("exit %d; stderr %s", code, stderr)
	}
	var doc struct {
		Version string `json:"version"`
		Runs    []struct {
			Results []struct {
				RuleID       string `json:"ruleId"`
				Suppressions []any  `json:"suppressions"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Version != "2.1.0" || len(doc.Runs) != 1 || len(doc.Runs[0].Results) != 3 {
		t.Fatalf("unexpected SARIF: %s", stdout)
	}
	suppressed := 0
	for _, r := range doc.Runs[0].Results {
		if len(r.Suppressions) > 0 {
			suppressed++
		}
	}
	if suppressed != 2 {
		t.Errorf("%d suppressed results, want 2", suppressed)
	}
}
