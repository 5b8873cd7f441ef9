package installed

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/deps/inventory"
)

const sp = "testdata/venv/lib/python3.12/site-packages"

func TestParseVenv(t *testing.T) {
	pkgs, problems, err := Parse(context.Background(), "testdata/venv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		name, norm, version, file string
		line                      int
	}
	wants := []want{
		{"Flask", "flask", "2.0.1", sp + "/Flask-2.0.1.dist-info/METADATA", 3},
		{"broken", "broken", "1.0", sp + "/broken-1.0.dist-info/METADATA", 0},
		{"nometa", "nometa", "2.0", sp + "/nometa-2.0.dist-info/METADATA", 0},
		{"noversion", "noversion", "3.1", sp + "/noversion-3.1.dist-info/METADATA", 0},
		{"requests", "requests", "2.31.0", sp + "/requests-2.31.0.dist-info/METADATA", 3},
		{"simplejson", "simplejson", "3.0", sp + "/simplejson-3.0-py3.12.egg-info", 3},
		{"six", "six", "1.16.0", sp + "/six-1.16.0.egg-info/PKG-INFO", 3},
		{"Requests", "requests", "2.30.0", "testdata/venv/lib64/python3.12/site-packages/requests-2.30.0.dist-info/METADATA", 3},
	}
	if len(pkgs) != len(wants) {
		t.Fatalf("got %d packages, want %d: %+v", len(pkgs), len(wants), pkgs)
	}
	for i, w := range wants {
		p := pkgs[i]
		if p.Name != w.name || p.Normalized != w.norm || p.Version != w.version || p.File != filepath.FromSlash(w.file) || p.Line != w.line {
			t.Errorf("package %d = %s %s %s %s:%d, want %+v", i, p.Name, p.Normalized, p.Version, p.File, p.Line, w)
		}
		if p.Source != inventory.SourcePyPI || p.Direct || p.NotAuditable != "" {
			t.Errorf("package %d: Source %q Direct %v NotAuditable %q", i, p.Source, p.Direct, p.NotAuditable)
		}
	}
	for _, frag := range []string{
		"broken-1.0.dist-info/METADATA: line 2: not a header",
		"broken-1.0.dist-info/METADATA: no Name header; using broken",
		"nometa-2.0.dist-info/METADATA: no such file or directory",
		"noversion-3.1.dist-info/METADATA: no Version header; using 3.1",
		"requests installed twice: 2.31.0",
	} {
		if !hasProblem(problems, filepath.FromSlash(frag)) {
			t.Errorf("no problem containing %q in:\n%s", frag, joinProblems(problems))
		}
	}
	if len(problems) != 8 {
		t.Errorf("got %d problems, want 8:\n%s", len(problems), joinProblems(problems))
	}
}

func TestParseSitePackagesDirectly(t *testing.T) {
	pkgs, _, err := Parse(context.Background(), sp, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) != 7 {
		t.Fatalf("got %d packages, want 7", len(pkgs))
	}
}

func TestParseWindowsLayout(t *testing.T) {
	pkgs, problems, err := Parse(context.Background(), "testdata/winenv", Options{})
	if err != nil || len(problems) != 0 {
		t.Fatal(err, problems)
	}
	if len(pkgs) != 1 || pkgs[0].Normalized != "idna" || pkgs[0].Version != "3.4" {
		t.Fatalf("got %+v", pkgs)
	}
}

func TestParseMaxEntries(t *testing.T) {
	pkgs, problems, err := Parse(context.Background(), sp, Options{MaxEntries: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) > 2 || !hasProblem(problems, "more than 2 entries") {
		t.Fatalf("got %d packages, problems:\n%s", len(pkgs), joinProblems(problems))
	}
}

func TestParseErrors(t *testing.T) {
	_, _, err := Parse(context.Background(), "testdata/missing", Options{})
	if err == nil || !strings.Contains(err.Error(), "testdata/missing") || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing root: %v", err)
	}
	_, _, err = Parse(context.Background(), sp+"/mod.py", Options{})
	if err == nil || !strings.Contains(err.Error(), "not a directory") {
		t.Errorf("file root: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := Parse(ctx, "testdata/venv", Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}

func TestParseMetadata(t *testing.T) {
	f, err := os.Open(sp + "/requests-2.31.0.dist-info/METADATA")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	md, err := ParseMetadata(f)
	if err != nil {
		t.Fatal(err)
	}
	if md.Name != "requests" || md.Version != "2.31.0" || md.NameLine != 2 || md.VersionLine != 3 {
		t.Errorf("name/version: %+v", md)
	}
	if md.License != "Apache 2.0\nsecond line" {
		t.Errorf("License = %q", md.License)
	}
	if len(md.Classifiers) != 2 || md.Classifiers[1] != "License :: OSI Approved :: Apache Software License" {
		t.Errorf("Classifiers = %q", md.Classifiers)
	}
	if len(md.RequiresDist) != 3 || md.RequiresDist[2] != "PySocks (!=1.5.7,>=1.5.6) ; extra == 'socks'" {
		t.Errorf("RequiresDist = %q", md.RequiresDist)
	}

	md, err = ParseMetadata(strings.NewReader("\ufeffName: x\r\nversion: 1\r\nLicense-Expression: MIT OR Apache-2.0\r\n"))
	if err != nil || md.Name != "x" || md.Version != "1" || md.LicenseExpression != "MIT OR Apache-2.0" {
		t.Errorf("BOM/CRLF: %+v %v", md, err)
	}
	// A line of spaces continues the header (setuptools' blank lines in a
	// License); only an empty line starts the body.
	md, err = ParseMetadata(strings.NewReader("Name: x\nLicense: line one\n        \n        line three\nClassifier: A\n\nClassifier: not a header\n"))
	if err != nil || md.License != "line one\n\nline three" || len(md.Classifiers) != 1 || md.Classifiers[0] != "A" {
		t.Errorf("blank continuation: %q %q %v", md.License, md.Classifiers, err)
	}
	if _, err := ParseMetadata(strings.NewReader("  continued\nName: x\n")); err == nil {
		t.Error("leading continuation accepted")
	}
	if _, err := ParseMetadata(strings.NewReader(strings.Repeat("a", MaxMetadataSize+1))); !errors.Is(err, ErrTooLarge) {
		t.Errorf("oversized: %v", err)
	}
}

func TestSplitEntryName(t *testing.T) {
	for _, c := range []struct{ in, name, version string }{
		{"requests-2.31.0.dist-info", "requests", "2.31.0"},
		{"zope.interface-6.0-py3.11.egg-info", "zope.interface", "6.0"},
		{"foo.egg-info", "foo", ""},
	} {
		if n, v := splitEntryName(c.in); n != c.name || v != c.version {
			t.Errorf("splitEntryName(%q) = %q, %q", c.in, n, v)
		}
	}
}

// TestRealSitePackages reads this machine's site-packages and checks that
// pip is found with the version pip reports.
func TestRealSitePackages(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	out, err := exec.Command("python3", "-c", "import site;print(site.getsitepackages()[0])").Output()
	if err != nil {
		t.Skip("python3 unavailable:", err)
	}
	dir := strings.TrimSpace(string(out))
	pipOut, err := exec.Command("python3", "-m", "pip", "--version").Output()
	if err != nil {
		t.Skip("pip unavailable:", err)
	}
	fields := strings.Fields(string(pipOut)) // "pip 24.0 from /path/pip (python 3.12)"
	if len(fields) < 4 || fields[0] != "pip" {
		t.Skipf("unexpected pip --version output %q", pipOut)
	}
	pipDir := filepath.Dir(fields[3])
	pkgs, _, err := Parse(context.Background(), pipDir, Options{})
	if err != nil {
		t.Skip(err)
	}
	if !hasPackage(pkgs, "pip", fields[1]) {
		t.Errorf("pip %s not found in %s (%d packages)", fields[1], pipDir, len(pkgs))
	}
	// The environment prefix (a venv or an installation) finds it too
	// when pip lives in the first site-packages directory.
	if filepath.Clean(pipDir) != filepath.Clean(dir) {
		return
	}
	prefix, err := exec.Command("python3", "-c", "import sys;print(sys.prefix)").Output()
	if err != nil {
		t.Skip(err)
	}
	pkgs, _, err = Parse(context.Background(), strings.TrimSpace(string(prefix)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !hasPackage(pkgs, "pip", fields[1]) {
		t.Errorf("pip %s not found under prefix %s (%d packages)", fields[1], prefix, len(pkgs))
	}
}

func FuzzParseMetadata(f *testing.F) {
	for _, s := range []string{
		"Name: a\nVersion: 1\n\nbody",
		"Name: a\n  cont\n\tmore\nClassifier: x\nRequires-Dist: b>=1\n",
		"\ufeffName: a\r\n",
		"  x\n",
		"",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		md, err := ParseMetadata(strings.NewReader(string(data)))
		if err != nil {
			return
		}
		if md.Version != "" && md.VersionLine == 0 || md.Name != "" && md.NameLine == 0 {
			t.Fatalf("value without line: %+v", md)
		}
		if strings.Contains(md.Name, "\r") {
			t.Fatalf("CR in name: %q", md.Name)
		}
	})
}

func hasProblem(problems []inventory.Problem, frag string) bool {
	for _, p := range problems {
		if strings.Contains(p.String(), frag) {
			return true
		}
	}
	return false
}

func hasPackage(pkgs []inventory.Package, norm, version string) bool {
	for _, p := range pkgs {
		if p.Normalized == norm && p.Version == version {
			return true
		}
	}
	return false
}

func joinProblems(problems []inventory.Problem) string {
	var b strings.Builder
	for _, p := range problems {
		b.WriteString(p.String() + "\n")
	}
	return b.String()
}

// A venv's lib64 is usually a symlink to lib: its packages are read once.
func TestParseLib64Symlink(t *testing.T) {
	root := t.TempDir()
	di := filepath.Join(root, "lib", "python3.13", "site-packages", "attrs-23.1.0.dist-info")
	if err := os.MkdirAll(di, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(di, "METADATA"), []byte("Name: attrs\nVersion: 23.1.0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("lib", filepath.Join(root, "lib64")); err != nil {
		t.Skip("symlinks unavailable:", err)
	}
	pkgs, problems, err := Parse(context.Background(), root, Options{})
	if err != nil || len(problems) != 0 || len(pkgs) != 1 {
		t.Fatalf("pkgs %+v problems %v err %v", pkgs, problems, err)
	}
}
