package osv

import (
	"testing"

	"github.com/krait-dev/krait/internal/deps/pep440"
)

// FuzzParse feeds arbitrary documents through Parse and, for the ones it
// accepts, through everything matching does with a record. Nothing may
// panic.
func FuzzParse(f *testing.F) {
	f.Add([]byte(`{"id":"PYSEC-1","modified":"2024-01-01T00:00:00Z","affected":[{"package":{"ecosystem":"PyPI","name":"pkg"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"1.0"}]}],"versions":["0.9"]}]}`), "0.9", ">=0.5")
	f.Add([]byte(`{"id":"GHSA-1","modified":"2024-01-01T00:00:00Z","aliases":["CVE-1"],"severity":[{"type":"CVSS_V3","score":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],"affected":[{"package":{"ecosystem":"PyPI","name":"Pkg"},"ranges":[{"type":"SEMVER","events":[{"introduced":"1.0.0-rc.1"},{"last_affected":"1.2"},{"limit":"*"}]},{"type":"GIT","events":[{"introduced":"abc"}]}]}],"database_specific":{"severity":"HIGH"}}`), "1.1", "~=1.0")
	f.Add([]byte(`{"id":"X","modified":"2024-01-01T00:00:00Z","withdrawn":"2024-02-01T00:00:00Z","affected":[{"package":{"ecosystem":"PyPI","name":"a.b"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"1!1.0+local"},{"fixed":"legacy-ver-1"},{"limit":"2.0"}]}],"severity":[{"type":"CVSS_V2","score":"AV:N/AC:L/Au:N/C:P/I:P/A:P"},{"type":"CVSS_V4","score":"CVSS:4.0/AV:N"}]}]}`), "1!1.5", "")
	f.Add([]byte(`{"id":"Y","modified":"2024-01-01T00:00:00Z","affected":[{"package":{"ecosystem":"PyPI","name":"p"},"ranges":[{"type":"ECOSYSTEM","events":[{"fixed":"1"},{"introduced":"2"},{"introduced":"0"}]}]}]}`), "not a version", "!=1.*")
	f.Fuzz(func(t *testing.T, data []byte, version, spec string) {
		v, err := Parse(data)
		if err != nil {
			return
		}
		ver := pep440.ParseLoose(version)
		a := Compile(v)
		for _, name := range append(a.Packages(), "pkg") {
			if _, ok := a.Affects(name, ver); ok && v.Withdrawn != nil {
				t.Fatal("withdrawn advisory matched")
			}
			_ = a.FixedVersions(name)
			_, _ = a.NextFixed(name, ver)
			_ = a.Rating(name)
			_ = Group(name, ver, []*Vulnerability{v, v})
			if set, err := pep440.ParseSpecifierSet(spec); err == nil {
				_ = JudgeRange([]*Vulnerability{v}, name, set, []pep440.Version{ver})
			}
		}
		for _, s := range v.Severity {
			_, _ = RateSeverity(s)
		}
	})
}

// FuzzRateSeverity checks that no vector crashes the CVSS scoring.
func FuzzRateSeverity(f *testing.F) {
	f.Add("CVSS_V3", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")
	f.Add("CVSS_V3", "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:X/RL:X/RC:X/CR:H/IR:H/AR:H/MAV:N")
	f.Add("CVSS_V2", "AV:N/AC:L/Au:N/C:P/I:P/A:P/E:F/RL:OF/RC:C/CDP:H/TD:H/CR:H/IR:H/AR:H")
	f.Add("CVSS_V4", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:A")
	f.Fuzz(func(t *testing.T, typ, vector string) {
		r, err := RateSeverity(Severity{Type: typ, Score: vector})
		if err == nil && (r.Score < 0 || r.Score > 10 || !r.Known()) {
			t.Fatalf("%q: %+v", vector, r)
		}
	})
}
