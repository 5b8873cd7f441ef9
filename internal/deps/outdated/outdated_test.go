package outdated

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/deps/inventory"
	"github.com/krait-dev/krait/internal/deps/pep440"
	"github.com/krait-dev/krait/internal/deps/pypi"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/httpclient"
	"github.com/krait-dev/krait/internal/testutil/nonet"
	"github.com/krait-dev/krait/internal/testutil/pypiserver"
)

func TestMain(m *testing.M) { nonet.Main(m) }

var (
	t0  = time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	now = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
)

func day(n int) time.Time { return t0.AddDate(0, 0, n) }

func fixture() []pypiserver.Project {
	return []pypiserver.Project{{
		Name: "Django",
		Releases: []pypiserver.Release{
			{Version: "3.2.0", UploadTime: day(0)},
			{Version: "3.2.5", UploadTime: day(10), Yanked: true, YankedReason: "Data loss\n in migrations"},
			{Version: "4.0", UploadTime: day(20), RequiresPython: ">=3.8"},
			{Version: "4.1", UploadTime: day(30), RequiresPython: ">=3.8"},
			{Version: "4.2", UploadTime: day(40), RequiresPython: ">=3.10"},
			{Version: "4.3", UploadTime: day(45), Yanked: true},
			{Version: "4.4", UploadTime: day(46), NoFiles: true},
			{Version: "5.0b1", UploadTime: day(50), RequiresPython: ">=3.10"},
		},
	}}
}

func project(t *testing.T) *pypi.Project {
	t.Helper()
	srv := pypiserver.New(t, fixture()...)
	c, err := pypi.New(pypi.Options{HTTPClient: httpclient.New(httpclient.Options{}), BaseURL: srv.URL()})
	if err != nil {
		t.Fatal(err)
	}
	p, err := c.Project(context.Background(), "django")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func specs(s string) pep440.SpecifierSet {
	set, err := pep440.ParseSpecifierSet(s)
	if err != nil {
		panic(err)
	}
	return set
}

func TestCheck(t *testing.T) {
	p := project(t)
	for _, tc := range []struct {
		name                    string
		pkg                     Package
		allowed, latest         string
		outdated, upgradable, y bool
		note                    string
	}{
		{"unconstrained", Package{Name: "django", Version: "4.1"}, "4.2", "4.2", true, true, false, ""},
		{"pinned", Package{Name: "django", Version: "4.1", Specifiers: specs("==4.1")}, "4.1", "4.2", true, false, false, ""},
		{"range", Package{Name: "django", Version: "3.2.0", Specifiers: specs(">=3.2,<4.1")}, "4.0", "4.2", true, true, false, ""},
		{"python filters allowed only", Package{Name: "django", Version: "4.0", Python: "3.9"}, "4.1", "4.2", true, true, false, ""},
		{"yanked in use", Package{Name: "django", Version: "3.2.5", Specifiers: specs("~=3.2.0")}, "3.2.0", "4.2", true, false, true, ""},
		{"pre-release in use", Package{Name: "Django", Version: "5.0b1"}, "5.0b1", "5.0b1", false, false, false, ""},
		{"latest", Package{Name: "django", Version: "4.2"}, "4.2", "4.2", false, false, false, ""},
		{"unpinned", Package{Name: "django", Specifiers: specs(">=4")}, "4.2", "4.2", false, false, false, ""},
		{"not on index", Package{Name: "django", Version: "1.0"}, "4.2", "4.2", true, true, false, "version 1.0 is not on the index"},
		{"nothing allowed", Package{Name: "django", Version: "4.2", Python: "2.7", Specifiers: specs(">=4")}, "", "4.2", false, false, false, "no release satisfies the constraints"},
		{"only pre-releases allowed", Package{Name: "django", Specifiers: specs(">4.4")}, "5.0b1", "4.2", false, false, false, ""},
		{"equal spelling", Package{Name: "django", Version: "4.2.0"}, "4.2", "4.2", false, false, false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Check(tc.pkg, p, now)
			if r.LatestAllowed != tc.allowed || r.Latest != tc.latest || r.Outdated != tc.outdated || r.Upgradable != tc.upgradable || r.Yanked != tc.y || r.Note != tc.note {
				t.Errorf("got allowed=%q latest=%q outdated=%v upgradable=%v yanked=%v note=%q", r.LatestAllowed, r.Latest, r.Outdated, r.Upgradable, r.Yanked, r.Note)
			}
		})
	}
	r := Check(Package{Name: "Django", Version: "3.2.5", File: "requirements.txt", Line: 3}, p, now)
	if r.YankedReason != "Data loss\n in migrations" || !r.CurrentReleased.Equal(day(10)) || r.CurrentAge != now.Sub(day(10)) ||
		!r.LatestReleased.Equal(day(40)) || r.LatestAge != now.Sub(day(40)) || r.Normalized != "django" {
		t.Errorf("%+v", r)
	}
	if r.CurrentAgeDays != 355 || r.LatestAgeDays != 325 {
		t.Errorf("age days %d, %d", r.CurrentAgeDays, r.LatestAgeDays)
	}
	if r := Check(Package{Name: "x", Version: "1"}, nil, now); r.Note == "" {
		t.Error("nil project: no note")
	}
}

func TestFindings(t *testing.T) {
	p := project(t)
	r := Check(Package{Name: "Django", Version: "3.2.5", Specifiers: specs(">=3.2,<4.1"), File: "requirements.txt", Line: 3}, p, now)
	fs := r.Findings()
	if len(fs) != 2 {
		t.Fatalf("%d findings: %+v", len(fs), fs)
	}
	y, o := fs[0], fs[1]
	if y.RuleID != RuleYankedID || y.Severity != finding.Medium || y.Path != "requirements.txt" || y.Line != 3 || y.Package != "Django" || y.Version != "3.2.5" ||
		y.Message != "Django 3.2.5 is a yanked release: Data loss in migrations (latest allowed: 4.0)" || len(y.FixedVersions) != 1 || y.FixedVersions[0] != "4.0" {
		t.Errorf("yanked finding %+v", y)
	}
	if o.RuleID != RuleOutdatedID || o.Severity != finding.Low || o.Message != "Django 3.2.5 is outdated: latest is 4.2 (released 2023-02-10); the constraints allow up to 4.0" {
		t.Errorf("outdated finding %+v", o)
	}
	r = Check(Package{Name: "django", Version: "4.1", Specifiers: specs("==4.1")}, p, now)
	if fs := r.Findings(); len(fs) != 1 || !strings.HasSuffix(fs[0].Message, "the constraints allow no newer release") || fs[0].FixedVersions != nil {
		t.Errorf("pinned: %+v", fs)
	}
	if fs := Check(Package{Name: "django", Version: "4.2"}, p, now).Findings(); len(fs) != 0 {
		t.Errorf("up to date: %+v", fs)
	}
	b, err := json.Marshal(r)
	if err != nil || !strings.Contains(string(b), `"latest_allowed":"4.1"`) || strings.Contains(string(b), "current_released\":\"0001") {
		t.Errorf("JSON %s, %v", b, err)
	}
}

func TestCheckAll(t *testing.T) {
	srv := pypiserver.New(t, fixture()...)
	c, err := pypi.New(pypi.Options{HTTPClient: httpclient.New(httpclient.Options{MaxAttempts: 1}), BaseURL: srv.URL(), IndexURLs: []string{srv.IndexURL()}})
	if err != nil {
		t.Fatal(err)
	}
	pkgs := []Package{{Name: "django", Version: "4.1"}, {Name: "missing", Version: "1.0"}, {Name: "Django", Version: "3.2.5"}}
	for _, fetch := range []Fetch{c.Projects, c.SimpleProjects} {
		rs, err := CheckAll(context.Background(), fetch, pkgs, now)
		if err != nil {
			t.Fatal(err)
		}
		if len(rs) != 3 || rs[0].Latest != "4.2" || !strings.Contains(rs[1].Note, "not found") || !rs[2].Yanked {
			t.Errorf("%+v", rs)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := CheckAll(ctx, c.Projects, pkgs, now); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}

func TestFromInventory(t *testing.T) {
	p, ok := FromInventory(inventory.Package{Name: "Django", Version: "4.1", Specifiers: specs("==4.1"), File: "r.txt", Line: 2}, "3.11")
	if !ok || p.Name != "Django" || p.Version != "4.1" || p.Python != "3.11" || p.Line != 2 || len(p.Specifiers) != 1 {
		t.Errorf("%+v", p)
	}
	if _, ok := FromInventory(inventory.Package{Name: "x", NotAuditable: "editable"}, ""); ok {
		t.Error("editable package converted")
	}
}
