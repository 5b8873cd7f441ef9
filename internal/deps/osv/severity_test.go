package osv

import (
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/finding"
)

// The vectors below have published scores: the v2 and v3 ones are among the
// most common NVD vectors (9.8 for unauthenticated network RCE, 6.1 for
// reflected XSS, 7.5 for AV:N/.../C:P/I:P/A:P in v2), the v4 ones include the
// specification's 9.3/10.0/0.0 anchors. Every score was also checked against
// an independent implementation (metaeffekt's ae-cvss-calculator) while
// writing this test, as was the whole base-vector space of v2, v3.0 and v3.1.
func TestRateSeverity(t *testing.T) {
	tests := []struct {
		typ, vector string
		score       float64
		sev         finding.Severity
	}{
		{SeverityCVSSV3, "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8, finding.Critical},
		{SeverityCVSSV3, "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10.0, finding.Critical},
		{SeverityCVSSV3, "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1, finding.Medium},
		{SeverityCVSSV3, "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", 7.8, finding.High},
		{SeverityCVSSV3, "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N", 5.9, finding.Medium},
		{SeverityCVSSV3, "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:L/I:N/A:N", 4.3, finding.Medium},
		// Roundup: 1.5335... becomes 1.6.
		{SeverityCVSSV3, "CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N", 1.6, finding.Low},
		{SeverityCVSSV3, "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N", 0.0, finding.Low},
		{SeverityCVSSV3, "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N", 7.5, finding.High},
		{SeverityCVSSV3, " CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\n", 9.8, finding.Critical},
		// Temporal metrics do not change the base score.
		{SeverityCVSSV3, "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O/RC:U", 9.8, finding.Critical},
		{SeverityCVSSV2, "AV:N/AC:L/Au:N/C:P/I:P/A:P", 7.5, finding.High},
		{SeverityCVSSV2, "AV:N/AC:L/Au:N/C:C/I:C/A:C", 10.0, finding.High},
		{SeverityCVSSV2, "AV:N/AC:M/Au:N/C:N/I:P/A:N", 4.3, finding.Medium},
		{SeverityCVSSV2, "AV:L/AC:L/Au:N/C:P/I:N/A:N", 2.1, finding.Low},
		{SeverityCVSSV2, "(AV:N/AC:L/Au:N/C:P/I:P/A:P)", 7.5, finding.High},
		{SeverityCVSSV2, "CVSS:2.0/AV:N/AC:L/Au:N/C:P/I:P/A:P", 7.5, finding.High},
		{SeverityCVSSV4, "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 9.3, finding.Critical},
		{SeverityCVSSV4, "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H", 10.0, finding.Critical},
		{SeverityCVSSV4, "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N", 8.7, finding.High},
		{SeverityCVSSV4, "CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 8.5, finding.High},
		{SeverityCVSSV4, "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:N/VI:N/VA:N/SC:L/SI:L/SA:N", 5.3, finding.Medium},
		{SeverityCVSSV4, "CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:L/VI:N/VA:N/SC:N/SI:N/SA:N", 1.0, finding.Low},
		{SeverityCVSSV4, "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N", 0.0, finding.Low},
		// The header decides the version, whatever the type says.
		{SeverityCVSSV3, "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 9.3, finding.Critical},
	}
	for _, tt := range tests {
		r, err := RateSeverity(Severity{Type: tt.typ, Score: tt.vector})
		if err != nil {
			t.Errorf("%s: %v", tt.vector, err)
			continue
		}
		if r.Score != tt.score || r.Severity != tt.sev || r.Vector != strings.TrimSpace(tt.vector) {
			t.Errorf("%s: got %+v, want score %.1f severity %v", tt.vector, r, tt.score, tt.sev)
		}
	}
}

func TestRateSeverityErrors(t *testing.T) {
	for _, s := range []Severity{
		{Type: SeverityCVSSV3, Score: "CVSS:3.1/AV:N/AC:L"},
		{Type: SeverityCVSSV3, Score: "CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"},
		{Type: SeverityCVSSV3, Score: "AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"},
		{Type: SeverityCVSSV4, Score: "CVSS:4.0/AV:N"},
		{Type: SeverityCVSSV2, Score: "AV:N/AC:L"},
		{Type: SeverityCVSSV2, Score: strings.Repeat("AV:N/", 100)},
		{Type: SeverityCVSSV2, Score: ""},
		{Type: SeverityCVSSV3, Score: "CVSS:3.1/" + strings.Repeat("A", 600)},
		{Type: "Ubuntu", Score: "high"},
		{Type: "", Score: "9.8"},
	} {
		if r, err := RateSeverity(s); err == nil {
			t.Errorf("%+v: got %+v, want an error", s, r)
		} else if !strings.HasPrefix(err.Error(), "osv: ") {
			t.Errorf("%+v: error %q lacks context", s, err)
		}
	}
}

func TestAdvisoryRating(t *testing.T) {
	parse := func(doc string) *Vulnerability {
		t.Helper()
		v, err := Parse([]byte(doc))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	// Highest of several vectors; invalid ones warn and are skipped.
	v := parse(`{"id":"GHSA-aaaa-bbbb-cccc","modified":"2024-01-01T00:00:00Z",
		"severity":[{"type":"CVSS_V3","score":"CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N"},
		            {"type":"CVSS_V4","score":"CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"},
		            {"type":"CVSS_V3","score":"garbage"},
		            {"type":"Ubuntu","score":"high"}],
		"affected":[{"package":{"ecosystem":"PyPI","name":"pkg"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"}]}]}],
		"database_specific":{"severity":"LOW"}}`)
	a := Compile(v)
	if r := a.Rating("pkg"); r.Score != 9.3 || r.Severity != finding.Critical || r.Type != SeverityCVSSV4 {
		t.Errorf("Rating = %+v", r)
	}
	if len(a.Warnings) != 1 || a.Warnings[0].Field != "severity[2]" {
		t.Errorf("warnings = %v", a.Warnings)
	}

	// Per-package severity applies to that package only.
	v = parse(`{"id":"X-1","modified":"2024-01-01T00:00:00Z","affected":[
		{"package":{"ecosystem":"PyPI","name":"a"},"severity":[{"type":"CVSS_V3","score":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}]},
		{"package":{"ecosystem":"PyPI","name":"b"},"severity":[{"type":"CVSS_V2","score":"AV:N/AC:M/Au:N/C:N/I:P/A:N"}]}]}`)
	if r := Rate(v, "A"); r.Score != 9.8 {
		t.Errorf("Rate(a) = %+v", r)
	}
	if r := Rate(v, "b"); r.Score != 4.3 || r.Severity != finding.Medium || r.Type != SeverityCVSSV2 {
		t.Errorf("Rate(b) = %+v", r)
	}

	// Fallback to database_specific.severity, top level first.
	for doc, want := range map[string]finding.Severity{
		`{"id":"X","modified":"2024-01-01T00:00:00Z","database_specific":{"severity":"MODERATE"}}`:                                                        finding.Medium,
		`{"id":"X","modified":"2024-01-01T00:00:00Z","database_specific":{"severity":"critical"}}`:                                                        finding.Critical,
		`{"id":"X","modified":"2024-01-01T00:00:00Z","database_specific":{"severity":" High "}}`:                                                          finding.High,
		`{"id":"X","modified":"2024-01-01T00:00:00Z","database_specific":{"severity":"LOW"}}`:                                                             finding.Low,
		`{"id":"X","modified":"2024-01-01T00:00:00Z","database_specific":{"severity":"UNKNOWN"}}`:                                                         0,
		`{"id":"X","modified":"2024-01-01T00:00:00Z","database_specific":{"severity":7}}`:                                                                 0,
		`{"id":"X","modified":"2024-01-01T00:00:00Z","database_specific":["severity"]}`:                                                                   0,
		`{"id":"X","modified":"2024-01-01T00:00:00Z"}`:                                                                                                    0,
		`{"id":"X","modified":"2024-01-01T00:00:00Z","severity":[{"type":"CVSS_V3","score":"bad"}]}`:                                                      0,
		`{"id":"X","modified":"2024-01-01T00:00:00Z","affected":[{"package":{"ecosystem":"PyPI","name":"pkg"},"database_specific":{"severity":"HIGH"}}]}`: finding.High,
	} {
		r := Rate(parse(doc), "pkg")
		if r.Severity != want {
			t.Errorf("%s: got %+v, want %v", doc, r, want)
		}
		if r.Known() && (r.Type != SourceDatabaseSpecific || r.Score != 0 || r.Vector != "") {
			t.Errorf("%s: got %+v", doc, r)
		}
	}
}
