package cli

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/deps/vulndb"
	"github.com/krait-dev/krait/internal/testutil"
	"github.com/krait-dev/krait/internal/testutil/osvserver"
	"github.com/krait-dev/krait/internal/testutil/pypiserver"
)

// withCache points the user cache at dir for the run.
func withCache(dir string) func(*app) {
	return func(a *app) {
		a.getenv = func(k string) string {
			if k == "XDG_CACHE_HOME" {
				return dir
			}
			return ""
		}
	}
}

// importDB imports the test advisories into a new database and returns its
// directory.
func importDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "db")
	code, out, errOut := runApp(t, context.Background(), []string{"db", "import", "--db", db, "testdata/deps/osv"}, nil)
	if code != ExitOK || !strings.Contains(out, "Imported 4 advisories for 3 packages.") {
		t.Fatalf("db import: exit %d\n%s%s", code, out, errOut)
	}
	return db
}

func TestDepsOffline(t *testing.T) {
	db := importDB(t)
	code, out, _ := runApp(t, context.Background(), []string{"db", "status", "--db", db}, nil)
	if code != ExitOK || !strings.Contains(out, "Advisories: 4 (0 withdrawn, 1 malicious-package)") || !strings.Contains(out, "Packages:   3") {
		t.Fatalf("db status: exit %d\n%s", code, out)
	}
	for _, format := range []string{"text", "json", "sarif", "markdown"} {
		t.Run(format, func(t *testing.T) {
			args := []string{"deps", "--offline", "--db", db, "--format", format, "--show-suppressed", "testdata/deps/app"}
			code, out, errOut := runApp(t, context.Background(), args, nil)
			if code != ExitFindings || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			wd, _ := os.Getwd()
			out = testutil.NormalizePaths(out, map[string]string{wd: "/WD"})
			testutil.Golden(t, filepath.Join("testdata", "golden", "deps-offline."+format), []byte(out))
		})
	}
	// --fail-on critical: the malicious package still fails the run.
	if code, _, _ := runApp(t, context.Background(), []string{"deps", "--offline", "--db", db, "--fail-on", "critical", "testdata/deps/app"}, nil); code != ExitFindings {
		t.Errorf("--fail-on critical: exit %d", code)
	}
}

func TestDepsOfflineWithoutDatabase(t *testing.T) {
	code, _, errOut := runApp(t, context.Background(), []string{"deps", "--offline", "--db", filepath.Join(t.TempDir(), "none"), "testdata/deps/app"}, nil)
	if code != ExitUsage || !strings.Contains(errOut, "run 'krait db update'") {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
}

// TestDepsOnlineMatchesOffline checks the two data paths: the OSV API
// (a local stand-in, answering one advisory per page) gives the same
// findings as the local database.
func TestDepsOnlineMatchesOffline(t *testing.T) {
	db := importDB(t)
	_, offline, _ := runApp(t, context.Background(), []string{"deps", "--offline", "--db", db, "--format", "json", "testdata/deps/app"}, nil)
	srv := osvserver.New(t, osvserver.LoadDir(t, "testdata/deps/osv"), osvserver.Options{PageSize: 1})
	idx := pypiserver.New(t) // knows no project: the typosquatting match stays as the name check left it
	cache := t.TempDir()
	code, online, errOut := runApp(t, context.Background(), []string{"deps", "--osv-url", srv.URL, "--index-url", idx.URL(), "--format", "json", "testdata/deps/app"}, withCache(cache))
	if code != ExitFindings || errOut != "" {
		t.Fatalf("online: exit %d, stderr %q", code, errOut)
	}
	if online != offline {
		t.Fatalf("online and offline audits differ:\n%s\n----\n%s", online, offline)
	}
	// The records were cached beside the (absent) database: a second run
	// fetches no record again.
	before := srv.Count("/v1/vulns/")
	runApp(t, context.Background(), []string{"deps", "--osv-url", srv.URL, "--index-url", idx.URL(), "--format", "json", "testdata/deps/app"}, withCache(cache))
	if after := srv.Count("/v1/vulns/"); after != before {
		t.Errorf("second run fetched %d records again", after-before)
	}
}

func TestDepsOnlineFailure(t *testing.T) {
	srv := osvserver.New(t, osvserver.LoadDir(t, "testdata/deps/osv"), osvserver.Options{Faults: map[int]int{1: 500, 2: 500, 3: 500, 4: 500, 5: 500, 6: 500}})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	code, _, errOut := runApp(t, ctx, []string{"deps", "--osv-url", srv.URL, "--index-url", pypiserver.New(t).URL(), "testdata/deps/app"}, withCache(t.TempDir()))
	if code != ExitInternal || !strings.Contains(errOut, "krait deps:") {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
}

func TestDBUpdate(t *testing.T) {
	srv := osvserver.New(t, osvserver.LoadDir(t, "testdata/deps/osv"), osvserver.Options{})
	db := filepath.Join(t.TempDir(), "db")
	code, out, errOut := runApp(t, context.Background(), []string{"db", "update", "--db", db, "--url", srv.ZipURL(), "--popular-url", ""}, nil)
	if code != ExitOK || !strings.Contains(out, "Imported 4 advisories") {
		t.Fatalf("update: exit %d\n%s%s", code, out, errOut)
	}
	code, out, _ = runApp(t, context.Background(), []string{"db", "update", "--db", db, "--url", srv.ZipURL(), "--popular-url", ""}, nil)
	if code != ExitOK || !strings.Contains(out, "up to date") {
		t.Fatalf("second update: exit %d\n%s", code, out)
	}
	code, _, errOut = runApp(t, context.Background(), []string{"db", "update", "--db", db, "--offline", "--url", srv.ZipURL(), "--popular-url", ""}, nil)
	if code != ExitInternal || !strings.Contains(errOut, "--offline") {
		t.Fatalf("offline update: exit %d, %q", code, errOut)
	}
}

func TestFix(t *testing.T) {
	osvSrv := osvserver.New(t, osvserver.LoadDir(t, "testdata/deps/osv"), osvserver.Options{})
	idx := pypiserver.New(t,
		pypiserver.Project{Name: "Flask", Releases: []pypiserver.Release{{Version: "0.12.2"}, {Version: "0.12.3", Yanked: true, YankedReason: "broken"}, {Version: "0.12.4"}, {Version: "1.0"}}},
		pypiserver.Project{Name: "PyYAML", Releases: []pypiserver.Release{{Version: "5.3"}, {Version: "5.4", RequiresPython: ">=3.13"}, {Version: "5.4.1"}}},
	)
	dir := t.TempDir()
	reqPath := filepath.Join(dir, "requirements.txt")
	req := "# pins\nflask==0.12.2   # web\nPyYAML==5.3 ; python_version >= \"3\"\nrequests>=2\n"
	if err := os.WriteFile(reqPath, []byte(req), 0o640); err != nil {
		t.Fatal(err)
	}
	run := func(extra ...string) (int, string, string) {
		args := append([]string{"fix", "--osv-url", osvSrv.URL, "--index-url", idx.URL(), "--python-version", "3.12"}, extra...)
		return runApp(t, context.Background(), append(args, dir), withCache(t.TempDir()))
	}
	norm := func(s string) string { return testutil.NormalizePaths(s, map[string]string{dir: "/PROJECT"}) }

	code, out, errOut := run("--dry-run")
	if code != ExitOK || errOut != "" {
		t.Fatalf("dry run: exit %d, stderr %q", code, errOut)
	}
	testutil.Golden(t, filepath.Join("testdata", "golden", "fix-dry-run.stdout"), []byte(norm(out)))
	if b, _ := os.ReadFile(reqPath); string(b) != req {
		t.Fatal("--dry-run wrote the file")
	}

	code, out, errOut = run("--format", "json", "--dry-run")
	if code != ExitOK || errOut != "" {
		t.Fatalf("json: exit %d, stderr %q", code, errOut)
	}
	testutil.Golden(t, filepath.Join("testdata", "golden", "fix-plan.json"), []byte(norm(out)))

	code, out, errOut = run()
	if code != ExitOK || errOut != "" {
		t.Fatalf("fix: exit %d, stderr %q\n%s", code, errOut, out)
	}
	got, _ := os.ReadFile(reqPath)
	want := "# pins\nflask==0.12.4   # web\nPyYAML==5.4.1 ; python_version >= \"3\"\nrequests>=2\n"
	if string(got) != want {
		t.Fatalf("after fix:\n%s\nwant:\n%s", got, want)
	}
	if fi, _ := os.Stat(reqPath); fi.Mode().Perm() != 0o640 {
		t.Errorf("mode changed to %v", fi.Mode().Perm())
	}
	code, out, _ = run()
	if code != ExitOK || !strings.Contains(out, "Nothing to fix") {
		t.Fatalf("second run: exit %d\n%s", code, out)
	}
	if b, _ := os.ReadFile(reqPath); string(b) != want {
		t.Fatal("the second run changed the file")
	}
}

func TestDepsOutdated(t *testing.T) {
	idx := pypiserver.New(t,
		pypiserver.Project{Name: "Flask", Releases: []pypiserver.Release{
			{Version: "0.12.2", Yanked: true, YankedReason: "security", UploadTime: time.Date(2017, 5, 16, 0, 0, 0, 0, time.UTC)},
			{Version: "0.12.4", UploadTime: time.Date(2018, 5, 1, 0, 0, 0, 0, time.UTC)},
			{Version: "1.0", UploadTime: time.Date(2018, 4, 26, 0, 0, 0, 0, time.UTC)},
		}},
		pypiserver.Project{Name: "jinja2", Releases: []pypiserver.Release{{Version: "3.1.4"}}},
	)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "requirements.txt"), []byte("flask==0.12.2\njinja2==3.1.4\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runApp(t, context.Background(), []string{"deps", "--offline=false", "--osv-url", osvserver.New(t, nil, osvserver.Options{}).URL,
		"--index-url", idx.URL(), "--outdated", "--format", "json", dir}, withCache(t.TempDir()))
	if code != ExitFindings || errOut != "" {
		t.Fatalf("exit %d, stderr %q\n%s", code, errOut, out)
	}
	for _, want := range []string{`"rule_id": "KRT4005"`, `"rule_id": "KRT4006"`, `security`, `1.0`} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s:\n%s", want, out)
		}
	}
	if strings.Count(out, `"rule_id"`) != 2 {
		t.Errorf("want exactly the yanked and the outdated finding for flask:\n%s", out)
	}
}

func TestFixBranch(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	osvSrv := osvserver.New(t, osvserver.LoadDir(t, "testdata/deps/osv"), osvserver.Options{})
	idx := pypiserver.New(t, pypiserver.Project{Name: "Flask", Releases: []pypiserver.Release{{Version: "0.12.2"}, {Version: "0.12.4"}}})
	dir := t.TempDir()
	git := func(args ...string) string {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	git("init", "-q", "-b", "main")
	if err := os.WriteFile(filepath.Join(dir, "requirements.txt"), []byte("flask==0.12.2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	git("add", ".")
	git("commit", "-q", "-m", "init")
	t.Setenv("GIT_AUTHOR_NAME", "t")
	t.Setenv("GIT_AUTHOR_EMAIL", "t@example.com")
	t.Setenv("GIT_COMMITTER_NAME", "t")
	t.Setenv("GIT_COMMITTER_EMAIL", "t@example.com")
	code, out, errOut := runApp(t, context.Background(), []string{"fix", "--osv-url", osvSrv.URL, "--index-url", idx.URL(), "--branch", "krait/fix-flask", dir}, withCache(t.TempDir()))
	if code != ExitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q\n%s", code, errOut, out)
	}
	if got := strings.TrimSpace(git("rev-parse", "--abbrev-ref", "HEAD")); got != "krait/fix-flask" {
		t.Errorf("HEAD is on %q", got)
	}
	if msg := git("log", "-1", "--format=%B"); !strings.Contains(msg, "PYSEC-2018-66") || !strings.Contains(msg, "0.12.4") {
		t.Errorf("commit message lacks the advisory or the version:\n%s", msg)
	}
	if st := git("status", "--porcelain"); st != "" {
		t.Errorf("uncommitted changes left:\n%s", st)
	}
}

// TestDepsTyposquatGate checks that online, a typosquatting match is raised
// to high only when the index says the package is young and nothing ties
// it to the package it imitates, and lowered when a maintainer is shared.
func TestDepsTyposquatGate(t *testing.T) {
	osvSrv := osvserver.New(t, nil, osvserver.Options{})
	now := time.Now().UTC()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "requirements.txt"), []byte("reqeusts==2.0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	top := filepath.Join(t.TempDir(), "top.json")
	if err := os.WriteFile(top, []byte(`{"last_update":"2026-11-01 00:00:00","rows":[{"project":"requests","download_count":900000000},{"project":"flask","download_count":90000000},{"project":"tiny","download_count":1000}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(candidate pypiserver.Project) string {
		idx := pypiserver.New(t, candidate, pypiserver.Project{Name: "requests", MaintainerEmail: "Team <team@psf.example>", Releases: []pypiserver.Release{{Version: "2.0", UploadTime: now.AddDate(-10, 0, 0)}}})
		code, out, errOut := runApp(t, context.Background(), []string{"deps", "--osv-url", osvSrv.URL, "--index-url", idx.URL(), "--popular", top, "--format", "json", dir}, withCache(t.TempDir()))
		if code != ExitFindings || errOut != "" {
			t.Fatalf("exit %d, stderr %q\n%s", code, errOut, out)
		}
		return out
	}
	young := run(pypiserver.Project{Name: "reqeusts", Releases: []pypiserver.Release{{Version: "2.0", UploadTime: now.AddDate(0, 0, -3)}}})
	if !strings.Contains(young, `"severity": "high"`) || !strings.Contains(young, "KRT4004") {
		t.Errorf("a young look-alike is not high:\n%s", young)
	}
	shared := run(pypiserver.Project{Name: "reqeusts", MaintainerEmail: "team@psf.example", Releases: []pypiserver.Release{{Version: "2.0", UploadTime: now.AddDate(0, 0, -3)}}})
	if !strings.Contains(shared, `"severity": "low"`) {
		t.Errorf("a look-alike sharing the maintainer is not low:\n%s", shared)
	}
}

// TestFixRespectsOtherPackagesRequirements checks that krait fix does not
// pick a version another pinned package excludes (its Requires-Dist on
// the index), and says which package blocks the fix.
func TestFixRespectsOtherPackagesRequirements(t *testing.T) {
	adv := []byte(`{"id":"PYSEC-9999-1","modified":"2024-01-01T00:00:00Z","summary":"urllib3 bug",
	  "affected":[{"package":{"ecosystem":"PyPI","name":"urllib3"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"2.0.7"}]}]}]}`)
	osvSrv := osvserver.New(t, [][]byte{adv}, osvserver.Options{})
	idx := pypiserver.New(t,
		pypiserver.Project{Name: "urllib3", Releases: []pypiserver.Release{{Version: "1.24.1"}, {Version: "1.26.18"}, {Version: "2.0.7"}}},
		pypiserver.Project{Name: "botocore", RequiresDist: []string{"urllib3 (<1.27,>=1.25.4)", "awscrt==0.19.1; extra == 'crt'"},
			Releases: []pypiserver.Release{{Version: "1.31.0"}}},
	)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "requirements.txt"), []byte("urllib3==1.24.1\nbotocore==1.31.0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runApp(t, context.Background(), []string{"fix", "--osv-url", osvSrv.URL, "--index-url", idx.URL(), "--dry-run", "--format", "json", dir}, withCache(t.TempDir()))
	if code != ExitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q\n%s", code, errOut, out)
	}
	if !strings.Contains(out, "botocore 1.31.0") || strings.Contains(out, `"to": "2.0.7"`) || !strings.Contains(out, `"reason"`) {
		t.Fatalf("the plan ignores botocore's requirement on urllib3:\n%s", out)
	}
}

// TestDepsHonoursRuleSelection checks that [tool.krait] ignore and
// severity apply to dependency findings, and that naming a dependency rule
// there is not an error for krait code.
func TestDepsHonoursRuleSelection(t *testing.T) {
	db := importDB(t)
	dir := t.TempDir()
	files := map[string]string{
		"requirements.txt": "reqeusts==2.0\nflask==0.12.2\n",
		"pyproject.toml":   "[tool.krait]\nignore = [\"typosquatted-package\"]\n",
		"app.py":           "print(1)\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, out, errOut := runApp(t, context.Background(), []string{"deps", "--offline", "--db", db, "--format", "json", dir}, nil)
	if errOut != "" || strings.Contains(out, "KRT4004") || !strings.Contains(out, "KRT4003") || !strings.Contains(out, "KRT4001") {
		t.Errorf("ignore not applied (stderr %q):\n%s", errOut, out)
	}
	if code, _, errOut := runApp(t, context.Background(), []string{"code", dir}, nil); code != ExitOK || errOut != "" {
		t.Errorf("krait code: exit %d, stderr %q", code, errOut)
	}
}

// TestVulnDBOpenedOnce checks that a run opens the local vulnerability
// database once, uses it for the audit, and closes it: krait scan opens it
// to choose it over the OSV API and audits with that same handle.
func TestVulnDBOpenedOnce(t *testing.T) {
	db := importDB(t)
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"scan", []string{"scan", "--format", "json", "testdata/deps/app"}},
		{"deps", []string{"deps", "--offline", "--db", db, "--format", "json", "testdata/deps/app"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var opened []*vulndb.DB
			count := func(a *app) {
				a.openDB = func(ctx context.Context, dir string) (*vulndb.DB, error) {
					d, err := vulndb.Open(ctx, dir)
					if err == nil {
						opened = append(opened, d)
					}
					return d, err
				}
			}
			code, out, errOut := runApp(t, context.Background(), tc.args, count)
			if code != ExitFindings || errOut != "" {
				t.Fatalf("exit %d, stderr %q\n%s", code, errOut, out)
			}
			if !strings.Contains(out, "PYSEC-2018-66") {
				t.Errorf("the audit did not use the database: no PYSEC-2018-66 in\n%s", out)
			}
			if len(opened) != 1 {
				t.Fatalf("the database was opened %d times, want once", len(opened))
			}
			// Closing again fails when the run closed it.
			if err := opened[0].Close(); !errors.Is(err, os.ErrClosed) {
				t.Errorf("the run left the database open (a second Close gave %v)", err)
			}
		})
	}
}

// TestScanSelectsDependencyRules checks that scan's --select and --ignore
// name the dependency rules as well as the code rules, and that a
// selection without any dependency rule skips the audit.
func TestScanSelectsDependencyRules(t *testing.T) {
	importDB(t)
	// A project with a vulnerable pin and a code finding (KRT1307, eval).
	dir := t.TempDir()
	reqs, err := os.ReadFile("testdata/deps/app/requirements.txt")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "requirements.txt"), reqs, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "app.py"), []byte("import sys\n\nprint(eval(sys.argv[1]))\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name      string
		flags     []string
		audit     bool // the audit ran (the database was opened)
		wantVuln  bool // the vulnerable pin (KRT4001) is reported
		wantCode  bool // a code finding is reported
		wantUsage bool
	}{
		{"all", nil, true, true, true, false},
		{"ignore-pin", []string{"--ignore", "KRT4001"}, true, false, true, false},
		{"select-pin", []string{"--select", "KRT4001"}, true, true, false, false},
		{"select-code", []string{"--select", "KRT1"}, false, false, true, false},
		{"unknown", []string{"--ignore", "KRT4999"}, false, false, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opens := 0
			count := func(a *app) {
				a.openDB = func(ctx context.Context, dir string) (*vulndb.DB, error) {
					opens++
					return vulndb.Open(ctx, dir)
				}
			}
			args := append(append([]string{"scan", "--format", "json"}, tc.flags...), dir)
			code, out, errOut := runApp(t, context.Background(), args, count)
			if tc.wantUsage {
				if code != ExitUsage || !strings.Contains(errOut, "no rule matches") {
					t.Fatalf("exit %d, stderr %q: want a usage error", code, errOut)
				}
				return
			}
			if code != ExitFindings {
				t.Fatalf("exit %d, stderr %q\n%s", code, errOut, out)
			}
			if got := opens > 0; got != tc.audit {
				t.Errorf("audit ran = %v, want %v", got, tc.audit)
			}
			if got := strings.Contains(out, `"rule_id": "KRT4001"`); got != tc.wantVuln {
				t.Errorf("KRT4001 reported = %v, want %v\n%s", got, tc.wantVuln, out)
			}
			if got := strings.Contains(out, `"rule_id": "KRT1`); got != tc.wantCode {
				t.Errorf("code finding reported = %v, want %v\n%s", got, tc.wantCode, out)
			}
		})
	}
}
