package fix

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/deps/inventory"
	"github.com/krait-dev/krait/internal/deps/pep440"
	"github.com/krait-dev/krait/internal/deps/pyproject"
	"github.com/krait-dev/krait/internal/deps/requirements"
	"github.com/krait-dev/krait/internal/testutil"
)

// fakeIndex stands in for PyPI and the advisory database.
type fakeIndex struct {
	releases map[string][]Release
	fixedIn  map[string]map[string]string // name -> advisory -> first fixed version
}

func (f fakeIndex) list(_ context.Context, name string) ([]Release, error) {
	return f.releases[name], nil
}

func (f fakeIndex) match(name string, v pep440.Version) []string {
	var ids []string
	for id, fixed := range f.fixedIn[name] {
		if pep440.Compare(v, pep440.MustParse(fixed)) < 0 {
			ids = append(ids, id)
		}
	}
	return ids
}

func testIndex() fakeIndex {
	r := func(vs ...string) []Release {
		var out []Release
		for _, v := range vs {
			out = append(out, Release{Version: pep440.MustParse(v), Hashes: []string{"sha256:" + strings.Repeat(strings.ReplaceAll(v, ".", "")[:1], 64)}})
		}
		return out
	}
	return fakeIndex{
		releases: map[string][]Release{
			"requests": r("2.19.0", "2.20.0", "2.31.0"),
			"urllib3":  r("1.24.1", "1.26.5", "1.26.18"),
			"django":   r("3.2.1", "3.2.25", "4.2.0"),
			"flask":    r("0.12", "2.2.5"),
			"jinja2":   r("2.11.2", "3.1.4"),
			"idna":     r("3.4", "3.7"),
		},
		fixedIn: map[string]map[string]string{
			"requests": {"GHSA-j8r2-6x86-q33q": "2.31.0", "PYSEC-2018-28": "2.20.0"},
			"urllib3":  {"GHSA-v845-jxx5-vc9f": "1.26.18"},
			"django":   {"GHSA-xxxx-django": "3.2.25"},
			"jinja2":   {"GHSA-h5c8-rqwp-cp95": "3.1.4"},
			"flask":    {"GHSA-m2qf-hxjv-5gpq": "2.2.5"},
			"idna":     {"GHSA-jjg7-2v4v-x38h": "3.7"},
		},
	}
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o640); err != nil {
			t.Fatal(err)
		}
	}
}

func readInventory(t *testing.T, dir string) []inventory.Package {
	t.Helper()
	ctx := context.Background()
	pkgs, probs, err := requirements.Parse(ctx, filepath.Join(dir, "requirements.txt"), requirements.Options{})
	if err != nil || len(probs) > 0 {
		t.Fatalf("requirements: %v %v", err, probs)
	}
	pp, probs, err := pyproject.Parse(ctx, filepath.Join(dir, "pyproject.toml"), pyproject.Options{})
	if err != nil || len(probs) > 0 {
		t.Fatalf("pyproject: %v %v", err, probs)
	}
	pkgs = append(pkgs, pp...)
	// A lock entry, as the uv.lock reader returns it.
	pkgs = append(pkgs, inventory.Package{Name: "idna", Normalized: "idna", Version: "3.4", File: filepath.Join(dir, "uv.lock"), Line: 12, Source: inventory.SourcePyPI})
	return pkgs
}

var projectFiles = map[string]string{
	"requirements.txt": "# app\n-r base.txt\n-c constraints.txt\nrequests==2.19.0 \\\n    --hash=sha256:1111111111111111111111111111111111111111111111111111111111111111\nflask>=0.12  # floor\n",
	"base.txt":         "Django==3.2.1 ; python_version >= \"3.8\"\r\nurllib3==1.24.1\r\n",
	"constraints.txt":  "urllib3<1.26.10\nrequests==2.19.0  # keep in step\n",
	"pyproject.toml":   "[project]\nname = \"app\"\ndependencies = [\n  \"jinja2==2.11.2\",\n  \"requests>=2.0\",\n]\n",
}

func TestPlanRewriteWrite(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	writeFiles(t, dir, projectFiles)
	idx := testIndex()
	opts := Options{RaiseFloors: true, Python: "3.8"}
	plan, err := MakePlan(ctx, readInventory(t, dir), idx.list, idx.match, opts)
	if err != nil {
		t.Fatal(err)
	}
	var js strings.Builder
	enc := json.NewEncoder(&js)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(plan); err != nil {
		t.Fatal(err)
	}
	norm := func(s string) []byte { return []byte(testutil.NormalizePaths(s, map[string]string{dir: "$DIR"})) }
	testutil.Golden(t, filepath.Join("testdata", "project", "plan.json"), norm(js.String()))

	changes, err := Rewrite(ctx, plan)
	if err != nil {
		t.Fatal(err)
	}
	testutil.Golden(t, filepath.Join("testdata", "project", "dry-run.diff"), []byte(strings.ReplaceAll(Diff(dir, changes), "\r", "<CR>")))
	testutil.Golden(t, filepath.Join("testdata", "project", "commit-message.txt"), []byte(CommitMessage(dir, plan)))
	if err := Write(ctx, changes); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(filepath.Join(dir, "base.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want 0640 kept", info.Mode().Perm())
	}
	if ents, _ := os.ReadDir(dir); len(ents) != len(projectFiles) {
		t.Errorf("%d entries in the directory, want %d (a temporary file left behind?)", len(ents), len(projectFiles))
	}

	// Idempotence: a second run finds nothing to rewrite.
	plan2, err := MakePlan(ctx, readInventory(t, dir), idx.list, idx.match, opts)
	if err != nil {
		t.Fatal(err)
	}
	changes2, err := Rewrite(ctx, plan2)
	if err != nil {
		t.Fatal(err)
	}
	if len(changes2) != 0 {
		t.Errorf("second run changes files:\n%s", Diff(dir, changes2))
	}
	for _, f := range plan2.Fixes {
		if f.Kind != KindRelock && f.Reason == "" {
			t.Errorf("second run still plans %+v", f)
		}
	}
}

func TestWriteRefusesChangedFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "requirements.txt")
	writeFiles(t, dir, map[string]string{"requirements.txt": "requests==2.19.0\n"})
	ch := []Change{{File: p, Old: []byte("requests==2.18.0\n"), New: []byte("requests==2.31.0\n")}}
	if err := Write(context.Background(), ch); err == nil || !strings.Contains(err.Error(), "changed since") {
		t.Fatalf("err = %v", err)
	}
}

func TestRewriteRefusesMismatch(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"requirements.txt": "requests==2.20.0\n"})
	plan := Plan{Fixes: []Fix{{Package: "requests", File: filepath.Join(dir, "requirements.txt"), Line: 1, Kind: KindPin, From: "2.19.0", To: "2.31.0"}}}
	_, err := Rewrite(context.Background(), plan)
	if err == nil || !strings.Contains(err.Error(), "requirements.txt") {
		t.Fatalf("err = %v, want a refusal naming the file", err)
	}
}

func TestUnifiedDiff(t *testing.T) {
	var old, neu strings.Builder
	for i := 1; i <= 30; i++ {
		line := "line" + strings.Repeat("x", i%3) + "\n"
		old.WriteString(line)
		switch i {
		case 2:
			neu.WriteString("changed2\n")
		case 10, 11:
			neu.WriteString(line)
			neu.WriteString("inserted\n")
		case 20:
		default:
			neu.WriteString(line)
		}
	}
	neu.WriteString("tail")
	got := UnifiedDiff("a/f", "b/f", []byte(old.String()), []byte(neu.String()))
	testutil.Golden(t, filepath.Join("testdata", "diff", "hunks.diff"), []byte(got))
	if UnifiedDiff("a", "b", []byte("x\n"), []byte("x\n")) != "" {
		t.Error("equal inputs give a diff")
	}
}

// TestUnifiedDiffDifferential compares UnifiedDiff with GNU diff -u on
// generated inputs, where diff is installed. Both compute a shortest edit
// script; the test uses inputs whose changed lines are unique so that the
// script is unambiguous.
func TestUnifiedDiffDifferential(t *testing.T) {
	diffProg, err := exec.LookPath("diff")
	if err != nil {
		t.Skip("diff is not installed")
	}
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 60; n++ {
		var a, b strings.Builder
		lines := 1 + rng.IntN(40)
		for i := 0; i < lines; i++ {
			l := fmt.Sprintf("line %d\n", i)
			switch rng.IntN(8) {
			case 0:
				b.WriteString(fmt.Sprintf("new %d\n", i))
			case 1:
				a.WriteString(l)
			case 2:
				a.WriteString(l)
				b.WriteString(l)
				b.WriteString(fmt.Sprintf("added %d\n", i))
			default:
				a.WriteString(l)
				b.WriteString(l)
			}
		}
		pa, pb := filepath.Join(dir, "a"), filepath.Join(dir, "b")
		if err := os.WriteFile(pa, []byte(a.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(pb, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		out, _ := exec.Command(diffProg, "-u", "--label", "a/f", "--label", "b/f", pa, pb).Output()
		got := UnifiedDiff("a/f", "b/f", []byte(a.String()), []byte(b.String()))
		if got != string(out) {
			t.Fatalf("case %d differs from diff -u\nold:\n%s\nnew:\n%s\ndiff -u:\n%s\nUnifiedDiff:\n%s", n, a.String(), b.String(), out, got)
		}
	}
}
