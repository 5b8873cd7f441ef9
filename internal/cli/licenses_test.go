package cli

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/report/sarif"
	"github.com/krait-dev/krait/internal/testutil"
	"github.com/krait-dev/krait/internal/testutil/pypiserver"
)

// licensesJSON is the part of krait licenses' JSON output the tests read.
type licensesJSON struct {
	Packages []struct {
		Name     string `json:"name"`
		Version  string `json:"version"`
		Resolved string `json:"resolved"`
		Origin   string `json:"origin"`
		Note     string `json:"note"`
		Decision struct {
			Verdict  string `json:"verdict"`
			License  string `json:"license"`
			Category string `json:"category"`
		} `json:"decision"`
		Detection struct {
			Status string `json:"status"`
			Source string `json:"source"`
		} `json:"detection"`
	} `json:"packages"`
	Findings []struct {
		RuleID   string `json:"rule_id"`
		Severity string `json:"severity"`
		Package  string `json:"package"`
		Message  string `json:"message"`
	} `json:"findings"`
}

func decodeLicenses(t *testing.T, out string) licensesJSON {
	t.Helper()
	var doc licensesJSON
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	return doc
}

// verdicts returns package → verdict and package → rule IDs of its
// findings.
func (d licensesJSON) verdicts() (map[string]string, map[string][]string) {
	v, r := map[string]string{}, map[string][]string{}
	for _, p := range d.Packages {
		v[p.Name] = p.Decision.Verdict
	}
	for _, f := range d.Findings {
		r[f.Package] = append(r[f.Package], f.RuleID)
	}
	return v, r
}

// TestLicensesInstalled reads the licenses of an installed environment
// (every detection path: expression, classifiers only, free-text name, a
// license file classified by its text, no metadata, an ambiguous
// classifier) against the policy of testdata/licenses/app, in every
// format.
func TestLicensesInstalled(t *testing.T) {
	wd, _ := os.Getwd()
	for _, format := range []string{"text", "json", "markdown", "csv", "sarif"} {
		t.Run(format, func(t *testing.T) {
			args := []string{"licenses", "--env", "testdata/licenses/env", "--format", format, "testdata/licenses/app"}
			code, out, errOut := runApp(t, context.Background(), args, withCache(t.TempDir()))
			if code != ExitFindings || errOut != "" {
				t.Fatalf("exit %d, stderr %q\n%s", code, errOut, out)
			}
			out = testutil.NormalizePaths(out, map[string]string{wd: "/WD"})
			testutil.Golden(t, filepath.Join("testdata", "golden", "licenses-env."+format), []byte(out))
			if format == "sarif" {
				validateSARIF(t, out)
			}
		})
	}

	_, out, _ := runApp(t, context.Background(), []string{"licenses", "--env", "testdata/licenses/env", "--format", "json", "testdata/licenses/app"}, withCache(t.TempDir()))
	doc := decodeLicenses(t, out)
	verdict, rules := doc.verdicts()
	for name, want := range map[string]string{
		"gplpkg":     "fail",   // GPL-3.0-only is denied
		"expr-pkg":   "pass",   // MIT OR GPL-3.0-only: the MIT branch passes
		"devtool":    "skip",   // only the dev group needs it
		"agplpkg":    "fail",   // network copyleft set to fail
		"lgplpkg":    "review", // on the review list
		"copyleft":   "pass",   // a version-specific override, not expired
		"nometa":     "pass",   // no metadata, but an override gives the license
		"overridden": "fail",   // its override expired: proprietary fails again
		"textpkg":    "pass",   // MIT, from the license file's text
		"classic":    "pass",   // classifiers only
		"freetext":   "pass",   // "Apache 2.0"
		"bsdpkg":     "pass",   // "BSD License": every candidate is permissive
	} {
		if verdict[name] != want {
			t.Errorf("%s: verdict %q, want %q", name, verdict[name], want)
		}
	}
	for name, want := range map[string][]string{
		"gplpkg":     {"KRT5001"},
		"agplpkg":    {"KRT5001"},
		"lgplpkg":    {"KRT5002"},
		"overridden": {"KRT5004", "KRT5001"},
	} {
		got := slices.Clone(rules[name])
		slices.Sort(got)
		w := slices.Clone(want)
		slices.Sort(w)
		if !slices.Equal(got, w) {
			t.Errorf("%s: findings %v, want %v", name, rules[name], want)
		}
	}
	for _, name := range []string{"expr-pkg", "devtool", "copyleft", "nometa", "textpkg", "bsdpkg"} {
		if len(rules[name]) > 0 {
			t.Errorf("%s: unexpected findings %v", name, rules[name])
		}
	}
	for _, p := range doc.Packages {
		if p.Name == "textpkg" && p.Detection.Source != "license-file" {
			t.Errorf("textpkg decided by %q, want the license file", p.Detection.Source)
		}
		if p.Origin != "installed" {
			t.Errorf("%s: evidence from %q, want the environment", p.Name, p.Origin)
		}
	}

	// --fail-on: the worst finding is high.
	if code, _, _ := runApp(t, context.Background(), []string{"licenses", "--env", "testdata/licenses/env", "--fail-on", "critical", "-q", "testdata/licenses/app"}, withCache(t.TempDir())); code != ExitOK {
		t.Errorf("--fail-on critical: exit %d, want 0", code)
	}
}

// policyProject writes a project whose one dependency is installed with
// the given License-Expression, and whose policy is policy; the package is
// in the dev group when dev is set.
func policyProject(t *testing.T, expr, policy string, dev bool) (project, env string) {
	t.Helper()
	root := t.TempDir()
	project, env = filepath.Join(root, "app"), filepath.Join(root, "env")
	dist := filepath.Join(env, "pkg-1.0.dist-info")
	if err := os.MkdirAll(dist, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(project, 0o755); err != nil {
		t.Fatal(err)
	}
	md := "Metadata-Version: 2.4\nName: pkg\nVersion: 1.0\n"
	if expr != "" {
		md += "License-Expression: " + expr + "\n"
	}
	pyproject := "[project]\nname = \"app\"\nversion = \"1\"\ndependencies = []\n\n[dependency-groups]\ndev = [\"pkg\"]\n"
	if !dev {
		pyproject = "[project]\nname = \"app\"\nversion = \"1\"\ndependencies = [\"pkg\"]\n"
	}
	pyproject += "\n[tool.krait.licenses]\n" + policy
	for file, text := range map[string]string{filepath.Join(dist, "METADATA"): md, filepath.Join(project, "pyproject.toml"): pyproject} {
		if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return project, env
}

// TestLicensesPolicy runs the policy cases end to end: exit code and
// findings.
func TestLicensesPolicy(t *testing.T) {
	for _, c := range []struct {
		name, expr, policy string
		dev                bool
		code               int
		rules              []string
	}{
		{"denied GPL fails", "GPL-3.0-only", `deny = ["GPL-3.0-only"]`, false, ExitFindings, []string{"KRT5001"}},
		{"deprecated id in the deny list", "GPL-3.0-only", `deny = ["GPL-3.0"]`, false, ExitFindings, []string{"KRT5001"}},
		{"OR passes when a branch passes", "MIT OR GPL-3.0-only", `deny = ["GPL-3.0-only"]`, false, ExitOK, nil},
		{"AND needs both", "MIT AND GPL-3.0-only", `deny = ["GPL-3.0-only"]`, false, ExitFindings, []string{"KRT5001"}},
		{"dev group skipped", "GPL-3.0-only", `deny = ["GPL-3.0-only"]`, true, ExitOK, nil},
		{"dev group included", "GPL-3.0-only", "deny = [\"GPL-3.0-only\"]\ninclude-dev = true", true, ExitFindings, []string{"KRT5001"}},
		{"dev groups renamed", "GPL-3.0-only", "deny = [\"GPL-3.0-only\"]\ndev-groups = [\"lint\"]", true, ExitFindings, []string{"KRT5001"}},
		{"strong copyleft warns by default", "GPL-2.0-or-later", ``, false, ExitFindings, []string{"KRT5002"}},
		{"category allowed", "GPL-2.0-or-later", "[tool.krait.licenses.categories]\nstrong-copyleft = \"allow\"", false, ExitOK, nil},
		{"allow list beats the category", "AGPL-3.0-only", `allow = ["AGPL-3.0-only"]`, false, ExitOK, nil},
		{"review list", "MPL-2.0", `review = ["MPL-2.0"]`, false, ExitFindings, []string{"KRT5002"}},
		{"unknown warns", "", ``, false, ExitFindings, []string{"KRT5003"}},
		{"unknown set to allow", "", "[tool.krait.licenses.categories]\nunknown = \"allow\"", false, ExitOK, nil},
		{"override passes", "GPL-3.0-only", "deny = [\"GPL-3.0-only\"]\noverrides = [{ package = \"PKG\", reason = \"separate process\" }]", false, ExitOK, nil},
		{"expired override reported", "MIT", "overrides = [{ package = \"pkg\", reason = \"old deal\", expires = 2020-01-01 }]", false, ExitFindings, []string{"KRT5004"}},
		{"expired override: the policy applies again", "GPL-3.0-only", "deny = [\"GPL-3.0-only\"]\noverrides = [{ package = \"pkg\", reason = \"old deal\", expires = 2020-01-01 }]", false, ExitFindings, []string{"KRT5001", "KRT5004"}},
		{"override for another version", "GPL-3.0-only", "deny = [\"GPL-3.0-only\"]\noverrides = [{ package = \"pkg\", version = \"2.0\", reason = \"r\" }]", false, ExitFindings, []string{"KRT5001"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			project, env := policyProject(t, c.expr, c.policy, c.dev)
			code, out, errOut := runApp(t, context.Background(), []string{"licenses", "--format", "json", "--env", env, project}, withCache(t.TempDir()))
			if code != c.code || errOut != "" {
				t.Fatalf("exit %d (want %d), stderr %q\n%s", code, c.code, errOut, out)
			}
			var got []string
			for _, f := range decodeLicenses(t, out).Findings {
				got = append(got, f.RuleID)
			}
			slices.Sort(got)
			if !slices.Equal(got, c.rules) {
				t.Errorf("findings %v, want %v\n%s", got, c.rules, out)
			}
		})
	}
}

func TestLicensesConfigErrors(t *testing.T) {
	for _, c := range []struct{ policy, want string }{
		{`deny = ["Not-A-License"]`, "tool.krait.licenses.deny[0]"},
		{"[tool.krait.licenses.categories]\npermissive = \"deny\"", "tool.krait.licenses.categories.permissive"},
		{`overrides = [{ package = "pkg" }]`, "tool.krait.licenses.overrides[0]: overriding the license of pkg needs a reason"},
	} {
		project, env := policyProject(t, "MIT", c.policy, false)
		code, _, errOut := runApp(t, context.Background(), []string{"licenses", "--env", env, project}, withCache(t.TempDir()))
		if code != ExitUsage || !strings.Contains(errOut, c.want) {
			t.Errorf("%q: exit %d, stderr %q; want 2 and %q", c.policy, code, errOut, c.want)
		}
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"licenses", "--format", "xml", "testdata/licenses/app"}, `unsupported --format "xml"`},
		{[]string{"licenses", "testdata/licenses/none"}, "testdata/licenses/none: no such file or directory"},
		{[]string{"licenses", "--fail-on", "severe", "testdata/licenses/app", "--env", "testdata/licenses/env"}, `--fail-on: unknown severity "severe"`},
	} {
		code, _, errOut := runApp(t, context.Background(), c.args, withCache(t.TempDir()))
		if code != ExitUsage || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", c.args, code, errOut, c.want)
		}
	}
}

// lockIndex is the package index of testdata/licenses/lock: a PEP 639
// expression, a deprecated id in the License field, an ambiguous
// classifier, a project the index does not know, an OR written in the
// License field, and a dev dependency.
func lockIndex(t *testing.T) *pypiserver.Server {
	return pypiserver.New(t,
		pypiserver.Project{Name: "requests", LicenseExpression: "Apache-2.0", Releases: []pypiserver.Release{{Version: "2.31.0"}}},
		pypiserver.Project{Name: "certifi", License: "MPL-2.0", Classifiers: []string{"License :: OSI Approved :: Mozilla Public License 2.0 (MPL 2.0)"},
			Releases: []pypiserver.Release{{Version: "2024.2.2"}}},
		pypiserver.Project{Name: "readline-gpl", License: "GPL-3.0", Releases: []pypiserver.Release{{Version: "8.1"}}},
		pypiserver.Project{Name: "oldbsd", Classifiers: []string{"License :: OSI Approved :: BSD License"}, Releases: []pypiserver.Release{{Version: "1.2"}}},
		pypiserver.Project{Name: "dual", License: "MIT/Apache-2.0", Releases: []pypiserver.Release{{Version: "1.0"}, {Version: "2.0"}}},
		pypiserver.Project{Name: "pytest", LicenseExpression: "MIT", Releases: []pypiserver.Release{{Version: "8.0.1"}}},
	)
}

// TestLicensesLock reads a uv.lock and asks the package index (a local
// stand-in) about each locked version; a second run with --offline gives
// the same report from the cache.
func TestLicensesLock(t *testing.T) {
	idx := lockIndex(t)
	cache := t.TempDir()
	args := []string{"licenses", "--index-url", idx.URL(), "testdata/licenses/lock"}
	code, out, errOut := runApp(t, context.Background(), args, withCache(cache))
	if code != ExitFindings || errOut != "" {
		t.Fatalf("exit %d, stderr %q\n%s", code, errOut, out)
	}
	testutil.Golden(t, filepath.Join("testdata", "golden", "licenses-lock.text"), []byte(out))
	if idx.Hits("/pypi/readline-gpl/8.1/json") != 1 {
		t.Errorf("the locked version was not asked for: %d hits", idx.Hits("/pypi/readline-gpl/8.1/json"))
	}

	hits := idx.TotalHits()
	code, offline, errOut := runApp(t, context.Background(), append(args, "--offline"), withCache(cache))
	if code != ExitFindings || errOut != "" || offline != out {
		t.Fatalf("--offline: exit %d, stderr %q; output differs:\n%s", code, errOut, offline)
	}
	if idx.TotalHits() != hits {
		t.Errorf("--offline asked the index %d times", idx.TotalHits()-hits)
	}

	// An empty cache offline: every license is unknown, nothing fails.
	code, out, _ = runApp(t, context.Background(), []string{"licenses", "--offline", "--format", "json", "testdata/licenses/lock"}, withCache(t.TempDir()))
	if code != ExitFindings {
		t.Fatalf("--offline, empty cache: exit %d", code)
	}
	for _, p := range decodeLicenses(t, out).Packages {
		if p.Decision.License != "UNKNOWN" || !strings.Contains(p.Note, "--offline") {
			t.Errorf("%s: %s, %q", p.Name, p.Decision.License, p.Note)
		}
	}
}

// TestLicensesRange looks a package known only by a range up at the
// newest release the range allows.
func TestLicensesRange(t *testing.T) {
	idx := pypiserver.New(t, pypiserver.Project{Name: "Flask", LicenseExpression: "BSD-3-Clause",
		Releases: []pypiserver.Release{{Version: "1.1"}, {Version: "2.2.5"}, {Version: "2.3.3"}, {Version: "2.9.0rc1"}, {Version: "3.0.0"}}})
	code, out, errOut := runApp(t, context.Background(), []string{"licenses", "--format", "json", "--index-url", idx.URL(), "testdata/licenses/ranges"}, withCache(t.TempDir()))
	if code != ExitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q\n%s", code, errOut, out)
	}
	doc := decodeLicenses(t, out)
	if len(doc.Packages) != 1 || doc.Packages[0].Resolved != "2.3.3" || doc.Packages[0].Decision.License != "BSD-3-Clause" {
		t.Fatalf("%+v", doc.Packages)
	}
	if idx.Hits("/pypi/flask/2.3.3/json") != 1 {
		t.Errorf("2.3.3 not asked for")
	}
}

// TestLicenseRules checks the rules' metadata: KRT5 IDs, unique among all
// rules, every doc section.
func TestLicenseRules(t *testing.T) {
	ids := map[string]bool{}
	for _, r := range allRules() {
		if ids[r.ID] {
			t.Errorf("rule ID %s used twice", r.ID)
		}
		ids[r.ID] = true
	}
	for _, r := range licenseRules() {
		if !strings.HasPrefix(r.ID, "KRT5") || r.Name == "" || r.Summary == "" || r.Severity == 0 || r.Confidence == 0 {
			t.Errorf("%s: incomplete metadata %+v", r.ID, r)
		}
		last := -1
		for _, s := range analysis.DocSections {
			i := strings.Index(r.Doc, "## "+s+"\n")
			if i < 0 || i < last {
				t.Errorf("%s: doc section %q missing or out of order", r.ID, s)
			}
			last = i
		}
	}
}

// validateSARIF checks out against the official SARIF 2.1.0 schema.
func validateSARIF(t *testing.T, out string) {
	t.Helper()
	sch := testutil.Schema(t, sarif.SchemaURI, map[string]string{"sarif-schema-2.1.0.json": sarif.SchemaURI})
	if err := testutil.Validate(t, sch, []byte(out)); err != nil {
		t.Errorf("the SARIF output does not validate:\n%v", err)
	}
}
