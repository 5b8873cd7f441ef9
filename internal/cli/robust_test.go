package cli

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCodeHostileTree runs `krait code` over a tree of files a scan must
// survive: a symlink loop, a dangling link, a latin-1 file without a coding
// declaration, binary data named .py, NUL bytes and a 20 MB generated
// module. Each is reported or analysed; none stops the run, and the
// dangerous call in the ordinary file next to them is still found.
func TestCodeHostileTree(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("app.py", []byte("import subprocess\nsubprocess.call(cmd, shell=True)\n"))
	write("latin1.py", []byte("s = 'caf\xe9'\n"))
	bin := make([]byte, 64<<10)
	rand.New(rand.NewSource(7)).Read(bin)
	write("binary.py", bin)
	write("nul.py", []byte("x = 1\x00\n"))
	var big bytes.Buffer
	for big.Len() < 20<<20 {
		big.WriteString("VALUE_0123456789 = {'key': [1, 2, 3], 'other': \"some text\"}\n")
	}
	write("generated.py", big.Bytes())
	if err := os.Symlink(filepath.Join(dir, "loop_b"), filepath.Join(dir, "loop_a")); err != nil {
		t.Skip("symlinks not supported here")
	}
	os.Symlink(filepath.Join(dir, "loop_a"), filepath.Join(dir, "loop_b"))
	os.Symlink(filepath.Join(dir, "missing.py"), filepath.Join(dir, "dangling.py"))
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	os.Symlink(dir, filepath.Join(dir, "sub", "up")) // a directory loop

	code, stdout, stderr := runApp(t, t.Context(), []string{"code", "--format", "json", dir}, nil)
	if code != ExitFindings {
		t.Fatalf("exit %d, want %d; stderr: %s", code, ExitFindings, stderr)
	}
	var doc struct {
		Findings []struct {
			RuleName string `json:"rule_name"`
			Path     string `json:"path"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, stdout)
	}
	got := map[string]string{}
	for _, f := range doc.Findings {
		got[filepath.Base(f.Path)] += f.RuleName + " "
	}
	want := map[string]string{
		"app.py":      "subprocess-popen-with-shell-equals-true",
		"latin1.py":   "syntax-error",
		"binary.py":   "syntax-error",
		"nul.py":      "syntax-error",
		"dangling.py": "unreadable-file",
	}
	for file, rule := range want {
		if !strings.Contains(got[file], rule) {
			t.Errorf("%s: findings %q, want %s", file, got[file], rule)
		}
	}
	if got["generated.py"] != "" {
		t.Errorf("generated.py: unexpected findings %q", got["generated.py"])
	}
	if strings.Contains(stderr, "panic") {
		t.Errorf("stderr mentions a panic: %s", stderr)
	}
}
