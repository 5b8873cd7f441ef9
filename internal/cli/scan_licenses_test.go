package cli

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/testutil/pypiserver"
)

// scanLicenseIndex is the package index of scanLicenseProject: one GPL
// and one MIT package.
func scanLicenseIndex(t *testing.T) *pypiserver.Server {
	return pypiserver.New(t,
		pypiserver.Project{Name: "gplpkg", LicenseExpression: "GPL-3.0-only", Releases: []pypiserver.Release{{Version: "1.0"}}},
		pypiserver.Project{Name: "mitpkg", LicenseExpression: "MIT", Releases: []pypiserver.Release{{Version: "2.0"}}},
	)
}

// scanLicenseProject writes a project with one low-severity code finding
// (assert, KRT1101), two pinned dependencies whose licenses indexURL
// serves, and extra appended to its pyproject.toml (the license policy).
func scanLicenseProject(t *testing.T, indexURL, extra string) string {
	t.Helper()
	dir := t.TempDir()
	pyproject := "[project]\nname = \"app\"\nversion = \"1\"\ndependencies = [\"gplpkg==1.0\", \"mitpkg==2.0\"]\n\n" +
		"[tool.krait.deps]\nindex-url = \"" + indexURL + "\"\n" + extra
	for name, text := range map[string]string{
		"pyproject.toml": pyproject,
		"app.py":         "def f(x):\n    assert x\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// withOwnDB gives the run a vulnerability database of its own (the
// dependency audit stays offline), and so a package index cache of its own
// beside it.
func withOwnDB(db string) func(*app) {
	return func(a *app) {
		a.getenv = func(k string) string {
			if k == "KRAIT_DB" {
				return db
			}
			return ""
		}
	}
}

// scanRules runs krait scan --format json and returns the rule IDs of the
// findings, sorted, with the exit code and standard error. A license
// finding's ID is followed by ":PACKAGE", a suppressed finding's by
// " (suppressed)".
func scanRules(t *testing.T, db string, args ...string) (ids []string, code int, stderr string) {
	t.Helper()
	code, out, stderr := runApp(t, context.Background(), append([]string{"scan", "--format", "json"}, args...), withOwnDB(db))
	var doc struct {
		Findings []struct {
			RuleID     string          `json:"rule_id"`
			Package    string          `json:"package"`
			Suppressed json.RawMessage `json:"suppressed"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, f := range doc.Findings {
		id := f.RuleID
		if strings.HasPrefix(id, "KRT5") {
			id += ":" + f.Package
		}
		if f.Suppressed != nil {
			id += " (suppressed)"
		}
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids, code, stderr
}

// TestScanLicenses: krait scan reports the license findings of a
// configured policy, with --fail-on, select/ignore and per-file-ignores
// applied, in every format; without a policy it does not look licenses
// up.
func TestScanLicenses(t *testing.T) {
	idx := scanLicenseIndex(t)
	deny := "\n[tool.krait.licenses]\ndeny = [\"GPL-3.0-only\"]\n"
	dir := scanLicenseProject(t, idx.URL(), deny)
	db := importDB(t)

	ids, code, errOut := scanRules(t, db, dir)
	if want := []string{"KRT1101", "KRT5001:gplpkg"}; code != ExitFindings || errOut != "" || !slices.Equal(ids, want) {
		t.Fatalf("exit %d, stderr %q, findings %v; want 1, nothing, %v", code, errOut, ids, want)
	}
	if idx.Hits("/pypi/gplpkg/1.0/json") != 1 {
		t.Errorf("the pinned release was asked for %d times", idx.Hits("/pypi/gplpkg/1.0/json"))
	}

	// --fail-on: the license finding is high, the code finding low.
	if _, code, _ := scanRules(t, db, "--fail-on", "high", dir); code != ExitFindings {
		t.Errorf("--fail-on high: exit %d, want 1", code)
	}
	if _, code, _ := scanRules(t, db, "--fail-on", "critical", dir); code != ExitOK {
		t.Errorf("--fail-on critical: exit %d, want 0", code)
	}

	// Text and SARIF carry the finding; the SARIF names the rule.
	code, out, _ := runApp(t, context.Background(), []string{"scan", "--jobs", "1", dir}, withOwnDB(db))
	if code != ExitFindings || !strings.Contains(out, "KRT5001") || !strings.Contains(out, "gplpkg 1.0 is licensed GPL-3.0-only") {
		t.Errorf("text: exit %d\n%s", code, out)
	}
	code, out, _ = runApp(t, context.Background(), []string{"scan", "--format", "sarif", dir}, withOwnDB(db))
	if code != ExitFindings || !strings.Contains(out, `"ruleId": "KRT5001"`) || !strings.Contains(out, `"license-policy-violation"`) {
		t.Errorf("sarif: exit %d\n%s", code, out)
	}
	validateSARIF(t, out)

	// The configuration's ignore and per-file-ignores apply (the latter
	// marks the finding suppressed, as for the code rules).
	for _, c := range []struct {
		extra string
		want  []string
	}{
		{"\n[tool.krait]\nignore = [\"KRT5001\"]\n" + deny, []string{"KRT1101"}},
		{"\n[tool.krait.per-file-ignores]\n\"pyproject.toml\" = [\"license-policy-violation\"]\n" + deny, []string{"KRT1101", "KRT5001:gplpkg (suppressed)"}},
	} {
		ids, code, errOut := scanRules(t, db, "--fail-on", "high", scanLicenseProject(t, idx.URL(), c.extra))
		if code != ExitOK || errOut != "" || !slices.Equal(ids, c.want) {
			t.Errorf("%q: exit %d, stderr %q, findings %v; want 0, %v", c.extra, code, errOut, ids, c.want)
		}
	}

	// Without a policy (or with overrides only) license data is
	// information: scan does not even ask the index.
	hits := idx.TotalHits()
	for _, extra := range []string{"", "\n[tool.krait.licenses]\ninclude-dev = true\n"} {
		ids, code, errOut := scanRules(t, db, scanLicenseProject(t, idx.URL(), extra))
		if want := []string{"KRT1101"}; code != ExitFindings || errOut != "" || !slices.Equal(ids, want) {
			t.Errorf("%q: exit %d, stderr %q, findings %v; want %v", extra, code, errOut, ids, want)
		}
	}
	if idx.TotalHits() != hits {
		t.Errorf("scan without a policy asked the index %d times", idx.TotalHits()-hits)
	}
}

// TestScanLicensesUnavailable: when license data cannot be had (offline
// with an empty cache, an index error), scan says on standard error that
// the license check was skipped and why, reports the code findings, and
// does not report the packages as of unknown license.
func TestScanLicensesUnavailable(t *testing.T) {
	idx := scanLicenseIndex(t)
	// unknown = "fail" would make every package without data a high
	// finding: none may appear.
	policy := "\n[tool.krait.licenses]\ndeny = [\"GPL-3.0-only\"]\n\n[tool.krait.licenses.categories]\nunknown = \"fail\"\n"
	dir := scanLicenseProject(t, idx.URL(), policy)

	db := importDB(t)
	ids, code, errOut := scanRules(t, db, "--offline", dir)
	if want := []string{"KRT1101"}; code != ExitFindings || !slices.Equal(ids, want) {
		t.Errorf("--offline, empty cache: exit %d, findings %v; want 1, %v", code, ids, want)
	}
	if want := "krait scan: license check skipped: no license data for 2 packages (not in the cache, --offline)\n"; errOut != want {
		t.Errorf("--offline, empty cache: stderr %q, want %q", errOut, want)
	}
	if idx.TotalHits() != 0 {
		t.Errorf("--offline asked the index %d times", idx.TotalHits())
	}

	// The index refuses one package: the other is still checked.
	idx.SetFault("/pypi/mitpkg/", pypiserver.Fault{Status: 403})
	ids, code, errOut = scanRules(t, importDB(t), dir)
	if want := []string{"KRT1101", "KRT5001:gplpkg"}; code != ExitFindings || !slices.Equal(ids, want) {
		t.Errorf("index error: exit %d, findings %v; want 1, %v", code, ids, want)
	}
	if !strings.HasPrefix(errOut, "krait scan: license check skipped for 1 of 2 packages: no license data (package index unavailable: mitpkg: ") ||
		strings.Count(errOut, "\n") != 1 {
		t.Errorf("index error: stderr %q", errOut)
	}

	// The index refuses every package.
	idx.SetFault("/pypi/", pypiserver.Fault{Status: 403})
	ids, code, errOut = scanRules(t, importDB(t), dir)
	if want := []string{"KRT1101"}; code != ExitFindings || !slices.Equal(ids, want) {
		t.Errorf("index down: exit %d, findings %v; want 1, %v", code, ids, want)
	}
	if !strings.HasPrefix(errOut, "krait scan: license check skipped: no license data for 2 packages (package index unavailable: ") ||
		strings.Count(errOut, "\n") != 1 {
		t.Errorf("index down: stderr %q", errOut)
	}
}
