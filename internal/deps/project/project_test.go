package project

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

func summary(res *Result) string {
	var b strings.Builder
	for _, f := range res.Files {
		fmt.Fprintf(&b, "file %s %s %d\n", f.Path, f.Kind, f.Packages)
	}
	for _, p := range res.Packages {
		fmt.Fprintf(&b, "pkg %s:%d %s %q spec=%q direct=%v constraint=%v group=%q manifest=%s:%d %q\n",
			p.File, p.Line, p.Normalized, p.Version, p.Specifiers.String(), p.Direct, p.Constraint, p.Group,
			p.ManifestFile, p.ManifestLine, p.ManifestSpecifiers.String())
	}
	for _, p := range res.Problems {
		fmt.Fprintf(&b, "problem %s\n", p)
	}
	return b.String()
}

func TestLoadMergesLocksAndManifests(t *testing.T) {
	res, err := Load(context.Background(), []string{"testdata/app"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := summary(res)
	want := `file testdata/app/constraints.txt constraints 1
file testdata/app/pyproject.toml pyproject.toml 1
file testdata/app/requirements/base.txt requirements 1
file testdata/app/requirements/prod.txt requirements 2
file testdata/app/svc/Pipfile Pipfile 0
file testdata/app/svc/Pipfile.lock Pipfile.lock 3
file testdata/app/uv.lock uv.lock 5
pkg testdata/app/constraints.txt:1 urllib3 "" spec="<2" direct=false constraint=true group="" manifest=:0 ""
pkg testdata/app/pyproject.toml:7 notlocked "" spec=">=1" direct=true constraint=false group="main" manifest=:0 ""
pkg testdata/app/requirements/base.txt:1 jinja2 "2.10" spec="==2.10" direct=true constraint=false group="" manifest=:0 ""
pkg testdata/app/requirements/prod.txt:2 django "3.2.0" spec="==3.2.0" direct=true constraint=false group="" manifest=:0 ""
pkg testdata/app/svc/Pipfile.lock:4 pyjwt "1.7.1" spec="==1.7.1" direct=true constraint=false group="main" manifest=testdata/app/svc/Pipfile:2 ""
pkg testdata/app/svc/Pipfile.lock:5 cryptography "3.2" spec="==3.2" direct=false constraint=false group="main" manifest=:0 ""
pkg testdata/app/svc/Pipfile.lock:8 black "22.1.0" spec="==22.1.0" direct=true constraint=false group="dev" manifest=testdata/app/svc/Pipfile:5 "==22.1.0"
pkg testdata/app/uv.lock:13 flask "2.0.1" spec="" direct=true constraint=false group="main" manifest=testdata/app/pyproject.toml:5 ">=2.0"
pkg testdata/app/uv.lock:19 werkzeug "2.0.1" spec="" direct=false constraint=false group="" manifest=:0 ""
pkg testdata/app/uv.lock:24 requests "2.19.0" spec="" direct=true constraint=false group="main" manifest=testdata/app/pyproject.toml:6 ""
pkg testdata/app/uv.lock:29 pyyaml "5.3" spec="" direct=true constraint=false group="yaml" manifest=testdata/app/pyproject.toml:11 ">=5"
pkg testdata/app/uv.lock:34 pytest "7.0.0" spec="" direct=true constraint=false group="dev" manifest=testdata/app/pyproject.toml:14 ">=7"
problem testdata/app/pyproject.toml:7: notlocked is declared here but not locked in uv.lock (is the lock file stale?); audited as declared
`
	if got != want {
		t.Errorf("Load:\n%s\nwant:\n%s", got, want)
	}
}

func TestLoadSingleFileAnyName(t *testing.T) {
	res, err := Load(context.Background(), []string{"testdata/app/requirements/base.txt"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Packages) != 1 || res.Packages[0].Normalized != "jinja2" {
		t.Fatalf("got %s", summary(res))
	}
}

func TestLoadMissingPath(t *testing.T) {
	if _, err := Load(context.Background(), []string{"testdata/nope"}, Options{}); err == nil {
		t.Fatal("no error for a missing path")
	}
}

func TestKindOf(t *testing.T) {
	for name, want := range map[string]Kind{
		"requirements.txt": Requirements, "dev-requirements.txt": Requirements, "requirements/base.txt": Requirements,
		"constraints.txt": Constraints, "pylock.dev.toml": PyLock, "Pipfile": Pipfile, "x/uv.lock": UVLock,
		"notes.txt": "", "setup.py": SetupPy, "pipfile": "",
	} {
		got, ok := KindOf(name)
		if got != want || ok != (want != "") {
			t.Errorf("KindOf(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
}
