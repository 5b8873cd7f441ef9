package inspect

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/deps/pep440"
	"github.com/krait-dev/krait/internal/deps/pypi"
	"github.com/krait-dev/krait/internal/supplychain/typosquat"
	"github.com/krait-dev/krait/internal/testutil/pypiserver"
)

var refNow = time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)

func releases(ages ...int) []pypi.Release {
	var out []pypi.Release
	for i, days := range ages {
		v := "0." + string(rune('1'+i))
		out = append(out, pypi.Release{Version: v, Parsed: pep440.ParseLoose(v), UploadTime: refNow.Add(-time.Duration(days) * 24 * time.Hour)})
	}
	return out
}

func ruleIDs(items []scored) []string {
	var ids []string
	for _, it := range items {
		ids = append(ids, it.f.RuleID)
	}
	slices.Sort(ids)
	return ids
}

func TestIndexFindings(t *testing.T) {
	ix := typosquat.NewIndex(typosquat.Builtin(), typosquat.Options{})
	good := pypi.Info{Name: "fastgrid", Summary: "Fast grids for plotting", AuthorEmail: "Ann <ann@fastgrid.dev>",
		HomePage: "https://github.com/fastgrid-org/fastgrid"}
	for _, c := range []struct {
		name     string
		info     pypi.Info
		releases []pypi.Release
		minAge   time.Duration
		want     []string
	}{
		{"established", good, releases(900, 400, 10), 0, nil},
		{"no listing", good, nil, 0, nil},
		{"young single", good, releases(3), 0, []string{"KRT6041", "KRT6042"}},
		{"young but check off", good, releases(3, 2), -1, nil},
		{"older than min-age", good, releases(12, 2), 10 * 24 * time.Hour, nil},
		{"empty summary", with(good, func(i *pypi.Info) { i.Summary = "" }), releases(900, 10), 0, []string{"KRT6040"}},
		{"placeholder summary", with(good, func(i *pypi.Info) { i.Summary = "Add a short description here!" }), releases(900, 10), 0, []string{"KRT6040"}},
		{"name as summary", with(good, func(i *pypi.Info) { i.Summary = "FastGrid" }), releases(900, 10), 0, []string{"KRT6040"}},
		{"free mail", with(good, func(i *pypi.Info) { i.AuthorEmail = "ann.dev@gmail.com" }), releases(900, 10), 0, []string{"KRT6043"}},
		{"free mail beside a project address", with(good, func(i *pypi.Info) { i.MaintainerEmail = "x@qq.com" }), releases(900, 10), 0, nil},
		{"disposable mail", with(good, func(i *pypi.Info) { i.AuthorEmail = "x@mailinator.com" }), releases(900, 10), 0, []string{"KRT6043"}},
		{"no mail", with(good, func(i *pypi.Info) { i.AuthorEmail = "" }), releases(900, 10), 0, []string{"KRT6043"}},
		{"unrelated repository", with(good, func(i *pypi.Info) { i.HomePage = "https://github.com/someone/weather-bot" }), releases(900, 10), 0, []string{"KRT6044"}},
		{"owner matches", with(good, func(i *pypi.Info) { i.HomePage = "https://github.com/fastgrid/charts" }), releases(900, 10), 0, nil},
		{"python- prefix", with(good, func(i *pypi.Info) {
			i.Name = "python-dateutil"
			i.HomePage = "https://github.com/dateutil/dateutil"
			i.Summary = "Extensions to datetime"
		}), releases(900, 10), 0, nil},
		{"py prefix", with(good, func(i *pypi.Info) {
			i.Name = "PyYAML"
			i.HomePage = "https://github.com/yaml/pyyaml.git"
			i.Summary = "YAML parser"
		}), releases(900, 10), 0, nil},
		{"sponsor pages", with(good, func(i *pypi.Info) {
			i.ProjectURLs = map[string]string{"Funding": "https://github.com/sponsors/someone", "Chat": "https://github.com/orgs/acme/discussions"}
		}), releases(900, 10), 0, nil},
		{"non-code-host homepage", with(good, func(i *pypi.Info) { i.HomePage = "https://example.org/" }), releases(900, 10), 0, nil},
		{"starjacking", with(good, func(i *pypi.Info) {
			i.ProjectURLs = map[string]string{"Source": "https://github.com/psf/requests", "Docs": "https://fastgrid.readthedocs.io"}
		}), releases(900, 10), 0, []string{"KRT6045"}},
		{"sub-package linking its parent", with(good, func(i *pypi.Info) {
			i.Name = "requests-cache-extras"
			i.Summary = "Cache backends"
			i.HomePage = "https://github.com/psf/requests"
		}), releases(900, 10), 0, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			info := c.info
			got := ruleIDs(indexFindings("x==1", info.Name, &IndexInfo{Info: &info, Releases: c.releases},
				Options{Now: refNow, MinAge: c.minAge, Typosquat: ix}))
			if !slices.Equal(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

func with(i pypi.Info, f func(*pypi.Info)) pypi.Info {
	f(&i)
	return i
}

// TestIndexMetadataCapped: every metadata finding at once stays below
// suspicious; starjacking and a typosquatted name add up to suspicious,
// never malicious.
func TestIndexMetadataCapped(t *testing.T) {
	ctx := context.Background()
	f := pypiserver.Sdist("reqeusts", "0.1", map[string]string{"setup.py": "from setuptools import setup\nsetup(name='reqeusts')\n", "reqeusts/__init__.py": ""})
	pkg, err := LoadArchive(ctx, f.Content, f.Filename)
	if err != nil {
		t.Fatal(err)
	}
	info := pypi.Info{Name: "reqeusts", Summary: "UNKNOWN", AuthorEmail: "a@gmail.com", HomePage: "https://github.com/a/weather-bot"}
	opts := Options{Now: refNow, Index: &IndexInfo{Info: &info, Releases: releases(1)}}
	rep, err := Inspect(ctx, pkg, opts)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Verdict != Clean || rep.Score != MetadataCap || len(rep.Findings) != 5 {
		t.Errorf("metadata only: %s", summary(rep))
	}
	info.ProjectURLs = map[string]string{"Source": "https://github.com/psf/requests"}
	opts.Typosquat = typosquat.NewIndex(typosquat.Builtin(), typosquat.Options{})
	rep, err = Inspect(ctx, pkg, opts)
	if err != nil {
		t.Fatal(err)
	}
	s := summary(rep)
	if rep.Verdict != Suspicious || !strings.Contains(s, "KRT6045") || !strings.Contains(s, "KRT6035") {
		t.Errorf("starjacking typosquat: %s", s)
	}
}
