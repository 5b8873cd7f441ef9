package audit

import (
	"context"
	"fmt"
	"github.com/krait-dev/krait/internal/analysis"
	"strings"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/config"
	"github.com/krait-dev/krait/internal/deps/inventory"
	"github.com/krait-dev/krait/internal/deps/osv"
	"github.com/krait-dev/krait/internal/deps/outdated"
	"github.com/krait-dev/krait/internal/deps/pep440"
	"github.com/krait-dev/krait/internal/deps/pep508"
)

func record(t *testing.T, js string) *osv.Vulnerability {
	t.Helper()
	v, err := osv.Parse([]byte(js))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func pkg(name, version, spec string, line int) inventory.Package {
	p := inventory.Package{Name: name, Normalized: strings.ToLower(strings.ReplaceAll(name, "_", "-")), Version: version, File: "requirements.txt", Line: line, Direct: true, Source: inventory.SourcePyPI}
	if spec != "" {
		p.Specifiers, _ = pep440.ParseSpecifierSet(spec)
	}
	return p
}

func TestAudit(t *testing.T) {
	flaskPysec := record(t, `{"id":"PYSEC-2023-62","modified":"2023-06-01T00:00:00Z","aliases":["CVE-2023-30861","GHSA-m2qf-hxjv-5gpq"],
	  "summary":"Flask may cache a response with a session cookie",
	  "affected":[{"package":{"ecosystem":"PyPI","name":"Flask"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"2.2.5"},{"introduced":"2.3.0"},{"fixed":"2.3.2"}]}]}]}`)
	flaskGhsa := record(t, `{"id":"GHSA-m2qf-hxjv-5gpq","modified":"2023-06-02T00:00:00Z","aliases":["CVE-2023-30861"],
	  "severity":[{"type":"CVSS_V3","score":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N"}],
	  "affected":[{"package":{"ecosystem":"PyPI","name":"flask"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"2.2.5"},{"introduced":"2.3.0"},{"fixed":"2.3.2"}]}]}]}`)
	mal := record(t, `{"id":"MAL-2024-1","modified":"2024-01-01T00:00:00Z","summary":"Malicious code in reqeusts",
	  "affected":[{"package":{"ecosystem":"PyPI","name":"reqeusts"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"}]}]}]}`)
	withdrawn := record(t, `{"id":"PYSEC-2000-1","modified":"2023-01-01T00:00:00Z","withdrawn":"2023-02-01T00:00:00Z",
	  "affected":[{"package":{"ecosystem":"PyPI","name":"jinja2"},"versions":["2.10"]}]}`)
	yaml := record(t, `{"id":"PYSEC-2021-142","modified":"2021-06-01T00:00:00Z","aliases":["CVE-2020-14343"],
	  "affected":[{"package":{"ecosystem":"PyPI","name":"PyYAML"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"5.4"}]}]}]}`)
	src := MapSource{"flask": {flaskPysec, flaskGhsa}, "reqeusts": {mal}, "jinja2": {withdrawn}, "pyyaml": {yaml}}

	winOnly := pkg("flask", "2.0.0", "==2.0.0", 9)
	winOnly.Marker = `sys_platform == "win32"`
	pkgs := []inventory.Package{
		pkg("Flask", "2.0.1", "==2.0.1", 1), // two records, one vulnerability
		pkg("reqeusts", "1.0", "==1.0", 2),  // malicious
		pkg("jinja2", "2.10", "==2.10", 3),  // only a withdrawn advisory
		pkg("PyYAML", "", ">=5.1", 4),       // a range: raise the floor
		pkg("PyYAML", "", "<5.4,>=5.1", 5),  // a range: every allowed version
		pkg("flask", "2.3.2", "==2.3.2", 6), // fixed
		{Name: "lib", File: "requirements.txt", Line: 7, NotAuditable: "VCS checkout (git+https://example.com/lib)"},
		winOnly, // not installed on linux
	}
	env, err := pep508.NewEnvironment("3.12", "linux")
	if err != nil {
		t.Fatal(err)
	}
	opts := Options{Env: env, ConfigFile: "pyproject.toml", Now: time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC), Ignores: []config.VulnIgnore{
		{ID: "CVE-2020-14343", Reason: "we only load our own files", Key: "deps.ignore[0]"},
		{ID: "GHSA-none", Reason: "old", Key: "deps.ignore[1]"},
		{ID: "MAL-2024-1", Reason: "trust me", Key: "deps.ignore[2]", Expires: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)},
	}}
	problems := []inventory.Problem{{File: "requirements.txt", Line: 8, Msg: "invalid requirement"}}
	rep, err := Audit(context.Background(), pkgs, problems, src, opts)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, f := range rep.Findings {
		sup := ""
		if f.Suppressed != nil {
			sup = " suppressed(" + f.Suppressed.Reason + ")"
		}
		fmt.Fprintf(&b, "%s:%d %s %s %s %v fixed=%v%s: %s\n", f.Path, f.Line, f.RuleID, f.Severity, f.Package, f.Aliases, f.FixedVersions, sup, f.Message)
	}
	want := `pyproject.toml:1 KRT4008 medium  [MAL-2024-1] fixed=[]: the ignore of MAL-2024-1 (deps.ignore[2]) expired on 2026-01-01: renew it with a reason or remove it
pyproject.toml:1 KRT4009 low  [GHSA-none] fixed=[]: the ignore of GHSA-none (deps.ignore[1]) matches no vulnerable dependency: remove it
requirements.txt:1 KRT4001 high flask [PYSEC-2023-62 GHSA-m2qf-hxjv-5gpq CVE-2023-30861] fixed=[2.2.5 2.3.2]: Flask 2.0.1 is affected by PYSEC-2023-62 (GHSA-m2qf-hxjv-5gpq, CVE-2023-30861): Flask may cache a response with a session cookie; upgrade to 2.2.5 (direct)
requirements.txt:2 KRT4003 critical reqeusts [MAL-2024-1] fixed=[]: reqeusts 1.0 is malicious (MAL-2024-1): Malicious code in reqeusts; remove it and rotate any credentials the machine held [its ignore expired on 2026-01-01]
requirements.txt:4 KRT4002 medium pyyaml [PYSEC-2021-142 CVE-2020-14343] fixed=[5.4] suppressed(we only load our own files): PyYAML >=5.1 allows affected versions (PYSEC-2021-142); raise the floor to 5.4 (direct)
requirements.txt:5 KRT4002 medium pyyaml [PYSEC-2021-142 CVE-2020-14343] fixed=[] suppressed(we only load our own files): every version PyYAML <5.4,>=5.1 allows is affected (PYSEC-2021-142) (direct)
requirements.txt:7 KRT4007 low  [] fixed=[]: lib cannot be audited: VCS checkout (git+https://example.com/lib)
requirements.txt:8 KRT4010 medium  [] fixed=[]: invalid requirement
`
	if got := b.String(); got != want {
		t.Errorf("findings:\n%s\nwant:\n%s", got, want)
	}
	if rep.Audited != 6 || rep.Skipped != 1 {
		t.Errorf("audited %d, skipped %d; want 6, 1", rep.Audited, rep.Skipped)
	}
}

func TestRuleIDsAgreeWithOutdated(t *testing.T) {
	if RuleYanked.ID != outdated.RuleYankedID || RuleYanked.Name != outdated.RuleYankedName ||
		RuleOutdated.ID != outdated.RuleOutdatedID || RuleOutdated.Name != outdated.RuleOutdatedName {
		t.Fatalf("the outdated package's rule IDs and names differ from the audit's rules")
	}
	seen := map[string]bool{}
	for _, r := range Rules() {
		if seen[r.ID] || seen[r.Name] {
			t.Fatalf("duplicate rule %s %s", r.ID, r.Name)
		}
		seen[r.ID], seen[r.Name] = true, true
	}
}

func TestRuleDocs(t *testing.T) {
	for _, r := range Rules() {
		at := 0
		for _, sec := range analysis.DocSections {
			i := strings.Index(r.Doc[at:], "## "+sec+"\n")
			if i < 0 {
				t.Errorf("%s: doc lacks section %q (or it is out of order)", r.ID, sec)
				break
			}
			at += i
		}
		if r.Summary == "" || r.Severity == 0 || r.Confidence == 0 {
			t.Errorf("%s: incomplete metadata", r.ID)
		}
	}
}
