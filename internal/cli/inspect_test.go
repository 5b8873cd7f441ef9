package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/testutil/pypiserver"
)

func runInspect(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	a := newTestApp(&out, &errb)
	code = a.inspect(context.Background(), args)
	return code, out.String(), errb.String()
}

func TestInspectDirectories(t *testing.T) {
	evil := filepath.Join("testdata", "inspect", "evil")
	clean := filepath.Join("testdata", "inspect", "clean")

	code, out, errs := runInspect(t, evil)
	if code != ExitFindings || !strings.Contains(out, "MALICIOUS") || !strings.Contains(out, "KRT6005") {
		t.Errorf("evil: code %d, stdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	code, out, _ = runInspect(t, clean)
	if code != ExitOK || !strings.Contains(out, "CLEAN") {
		t.Errorf("clean: code %d, stdout:\n%s", code, out)
	}
	// --fail-on low fails on any finding, not on a clean package
	if code, _, _ = runInspect(t, "--fail-on", "low", clean); code != ExitOK {
		t.Errorf("clean --fail-on low: code %d", code)
	}
	if code, _, _ = runInspect(t, "--fail-on", "critical", evil); code != ExitFindings {
		t.Errorf("evil --fail-on critical: code %d", code)
	}

	code, out, _ = runInspect(t, "--format", "json", evil)
	var rep struct {
		Verdict  string           `json:"verdict"`
		Score    float64          `json:"score"`
		Findings []map[string]any `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("json: %v\n%s", err, out)
	}
	if code != ExitFindings || rep.Verdict != "malicious" || rep.Score < 8 || len(rep.Findings) == 0 {
		t.Errorf("json: code %d, %+v", code, rep)
	}
	if f := rep.Findings[0]; f["path"] == "" || f["snippet"] == nil || f["line"] == nil {
		t.Errorf("json finding without evidence: %v", f)
	}

	code, out, _ = runInspect(t, "--format", "sarif", evil)
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Results []any `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil || log.Version != "2.1.0" || len(log.Runs) != 1 || len(log.Runs[0].Results) == 0 {
		t.Errorf("sarif: code %d, err %v, %s", code, err, out)
	}

	outFile := filepath.Join(t.TempDir(), "r.json")
	if code, out, _ = runInspect(t, "--format", "json", "-o", outFile, evil); code != ExitFindings || out != "" {
		t.Errorf("-o: code %d, stdout %q", code, out)
	}
	if b, err := os.ReadFile(outFile); err != nil || !bytes.Contains(b, []byte(`"verdict": "malicious"`)) {
		t.Errorf("-o file: %v %s", err, b)
	}
}

func TestInspectUsage(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"a", "b"},
		{filepath.Join("testdata", "inspect", "does-not-exist")},
		{"--format", "xml", filepath.Join("testdata", "inspect", "clean")},
		{"--fail-on", "sometimes", filepath.Join("testdata", "inspect", "clean")},
	} {
		code, _, errs := runInspect(t, args...)
		if code != ExitUsage || errs == "" {
			t.Errorf("%q: code %d, stderr %q", args, code, errs)
		}
	}
	if code, out, _ := runInspect(t, "-h"); code != ExitOK || !strings.Contains(out, "NAME==VERSION") {
		t.Errorf("-h: code %d\n%s", code, out)
	}
}

func TestInspectArchiveAndIndex(t *testing.T) {
	files := map[string]string{
		"setup.py":            "import base64\nfrom setuptools import setup\nexec(base64.b64decode('cHJpbnQoMSk='))\nsetup(name='colorsx', version='9.0')\n",
		"colorsx/__init__.py": "",
	}
	sd := pypiserver.Sdist("colorsx", "9.0", files)
	whl := pypiserver.Wheel("colorsx", "9.0", map[string]string{"colorsx/__init__.py": "", "colorsx/extra.py": "x = 1\n"})
	dir := t.TempDir()
	p := filepath.Join(dir, sd.Filename)
	if err := os.WriteFile(p, sd.Content, 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runInspect(t, p)
	if code != ExitFindings || !strings.Contains(out, "KRT6002") || !strings.Contains(out, "setup.py:3") {
		t.Errorf("sdist: code %d\n%s\n%s", code, out, errs)
	}

	srv := pypiserver.New(t, pypiserver.Project{Name: "colorsx", Releases: []pypiserver.Release{
		{Version: "1.0"},
		{Version: "9.0", Files: []pypiserver.File{sd, whl}},
	}})
	code, out, errs = runInspect(t, "--index-url", srv.URL(), "--format", "json", "colorsx==9.0")
	if code != ExitFindings {
		t.Fatalf("index: code %d\n%s\n%s", code, out, errs)
	}
	for _, want := range []string{`"verdict": "malicious"`, `"target": "colorsx==9.0"`, "KRT6032"} {
		if !strings.Contains(out, want) {
			t.Errorf("index: missing %s in\n%s", want, out)
		}
	}
	if code, _, errs = runInspect(t, "--index-url", srv.URL(), "nosuch==1.0"); code != ExitUsage || !strings.Contains(errs, "nosuch") {
		t.Errorf("missing project: code %d %s", code, errs)
	}
}

func TestInspectIndexMetadata(t *testing.T) {
	files := map[string]string{
		"setup.py":                 "from setuptools import setup\nsetup(name='colour-gridz', version='0.1.0')\n",
		"colour_gridz/__init__.py": "def grid():\n    return []\n",
	}
	sd := pypiserver.Sdist("colour-gridz", "0.1.0", files)
	srv := pypiserver.New(t, pypiserver.Project{
		Name: "colour-gridz", Summary: "UNKNOWN", AuthorEmail: "gridz.dev@gmail.com",
		HomePage: "https://github.com/someone/weather-bot",
		Releases: []pypiserver.Release{{Version: "0.1.0", UploadTime: time.Now().Add(-48 * time.Hour), Files: []pypiserver.File{sd}}},
	})
	code, out, errs := runInspect(t, "--index-url", srv.URL(), "colour-gridz==0.1.0")
	if code != ExitOK || !strings.Contains(out, "CLEAN") {
		t.Errorf("metadata alone: code %d\n%s\n%s", code, out, errs)
	}
	for _, want := range []string{"KRT6040", "KRT6041", "KRT6042", "KRT6043", "KRT6044", "first release was uploaded 2 days ago", "weather-bot"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %s in\n%s", want, out)
		}
	}
	if _, out, _ = runInspect(t, "--index-url", srv.URL(), "--min-age", "0", "colour-gridz==0.1.0"); strings.Contains(out, "KRT6041") {
		t.Errorf("--min-age 0 still reports the age:\n%s", out)
	}
	if _, out, _ = runInspect(t, "--index-url", srv.URL(), "--min-age", "1", "colour-gridz==0.1.0"); strings.Contains(out, "KRT6041") {
		t.Errorf("--min-age 1 reports a 2-day-old project:\n%s", out)
	}
	if code, _, errs = runInspect(t, "--min-age", "-3", "colour-gridz==0.1.0"); code != ExitUsage || !strings.Contains(errs, "min-age") {
		t.Errorf("--min-age -3: code %d %s", code, errs)
	}

	// Starjacking on a typosquat: suspicious, never malicious from
	// metadata.
	sq := pypiserver.Sdist("reqeusts", "2.31.0", map[string]string{"setup.py": "from setuptools import setup\nsetup(name='reqeusts')\n"})
	srv.SetProject(pypiserver.Project{
		Name: "reqeusts", Summary: "Python HTTP for Humans.", AuthorEmail: "me@proton.me",
		ProjectURLs: map[string]string{"Source": "https://github.com/psf/requests"},
		Releases:    []pypiserver.Release{{Version: "2.31.0", UploadTime: time.Now().Add(-5 * time.Hour), Files: []pypiserver.File{sq}}},
	})
	code, out, errs = runInspect(t, "--index-url", srv.URL(), "--format", "json", "reqeusts==2.31.0")
	if code != ExitOK || !strings.Contains(out, `"verdict": "suspicious"`) {
		t.Errorf("starjacking: code %d\n%s\n%s", code, out, errs)
	}
	for _, want := range []string{"KRT6045", "KRT6035", `"path": "reqeusts==2.31.0"`} {
		if !strings.Contains(out, want) {
			t.Errorf("starjacking: missing %s in\n%s", want, out)
		}
	}
}

// TestInspectOnlineLinkAndDomainChecks checks the online metadata checks:
// a linked page that answers 404 and a maintainer domain that does not
// exist are reported; a page that exists and a live domain are not.
func TestInspectOnlineLinkAndDomainChecks(t *testing.T) {
	pages := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/gone" {
			http.NotFound(w, r)
			return
		}
		w.WriteHeader(http.StatusOK)
	}))
	defer pages.Close()
	sd := pypiserver.Sdist("tidy-grid", "1.0.0", map[string]string{"setup.py": "from setuptools import setup\nsetup(name='tidy-grid')\n"})
	srv := pypiserver.New(t, pypiserver.Project{
		Name: "tidy-grid", Summary: "Tidy grids", AuthorEmail: "dev@expired-domain.example, ops@live.example",
		HomePage:    pages.URL + "/gone",
		ProjectURLs: map[string]string{"Documentation": pages.URL + "/docs"},
		Releases:    []pypiserver.Release{{Version: "1.0.0", UploadTime: time.Now().AddDate(-2, 0, 0), Files: []pypiserver.File{sd}}},
	})
	var out, errb bytes.Buffer
	a := newTestApp(&out, &errb)
	a.lookupDomain = func(_ context.Context, d string) (bool, error) { return d != "expired-domain.example", nil }
	code := a.inspect(context.Background(), []string{"--index-url", srv.URL(), "tidy-grid==1.0.0"})
	if code != ExitOK {
		t.Fatalf("code %d\n%s\n%s", code, out.String(), errb.String())
	}
	got := out.String()
	for _, want := range []string{"KRT6046", pages.URL + "/gone", "KRT6047", "expired-domain.example"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	for _, not := range []string{pages.URL + "/docs", "live.example does not exist"} {
		if strings.Contains(got, not) {
			t.Errorf("unexpected %q in\n%s", not, got)
		}
	}
}
