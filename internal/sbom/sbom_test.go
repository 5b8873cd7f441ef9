package sbom_test

import (
	"encoding/json"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/deps/inventory"
	"github.com/krait-dev/krait/internal/sbom"
	"github.com/krait-dev/krait/internal/sbom/sbomtest"
	"github.com/krait-dev/krait/internal/testutil"
)

func build(t *testing.T, pkgs []inventory.Package, opts sbom.Options) *sbom.Document {
	t.Helper()
	doc, err := sbom.Build(pkgs, opts)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func component(t *testing.T, doc *sbom.Document, ref string) sbom.Component {
	t.Helper()
	for _, c := range doc.Components {
		if c.Ref == ref {
			return c
		}
	}
	var refs []string
	for _, c := range doc.Components {
		refs = append(refs, c.Ref)
	}
	t.Fatalf("no component %s; have %q", ref, refs)
	return sbom.Component{}
}

func TestGolden(t *testing.T) {
	doc := build(t, sbomtest.Packages(), sbomtest.Options())
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	testutil.Golden(t, filepath.Join("testdata", "document.golden.json"), append(b, '\n'))
}

func TestComponents(t *testing.T) {
	doc := build(t, sbomtest.Packages(), sbomtest.Options())

	if doc.Project.PURL != "pkg:pypi/demo-app@1.4.0" || doc.Project.Ref != doc.Project.PURL {
		t.Errorf("project = %+v", doc.Project)
	}

	// requests: declared in uv.lock and requirements.txt; merged, hashes
	// unioned and de-duplicated, first declaration by file order kept.
	req := component(t, doc, "pkg:pypi/requests@2.31.0")
	if req.Name != "Requests" || req.SourceFile != "requirements.txt" || req.Line != 1 || !req.Direct || req.Scope != sbom.ScopeRequired {
		t.Errorf("requests = %+v", req)
	}
	if len(req.Hashes) != 2 || req.Hashes[0].Alg != "SHA-256" || req.Hashes[0].Value > req.Hashes[1].Value {
		t.Errorf("requests hashes = %+v", req.Hashes)
	}
	if req.License.Kind != sbom.LicenseID || req.License.Value != "Apache-2.0" || req.LicenseEvidence != "License-Expression" {
		t.Errorf("requests license = %+v %q", req.License, req.LicenseEvidence)
	}

	// urllib3: hashes lower-cased and sorted by algorithm; license by
	// name-only key, id canonicalised.
	u3 := component(t, doc, "pkg:pypi/urllib3@1.26.5")
	if len(u3.Hashes) != 2 || u3.Hashes[0].Alg != "SHA-256" || u3.Hashes[1].Alg != "SHA-512" || u3.Hashes[0].Value[:2] != "ab" {
		t.Errorf("urllib3 hashes = %+v", u3.Hashes)
	}
	if u3.License.Value != "MIT" || u3.Direct || u3.Scope != sbom.ScopeRequired {
		t.Errorf("urllib3 = %+v", u3)
	}

	// flask: the unpinned requirements.txt line is folded into the lock's pin.
	var flasks int
	for _, c := range doc.Components {
		if c.Normalized == "flask" {
			flasks++
		}
	}
	if flasks != 1 {
		t.Errorf("%d flask components, want 1", flasks)
	}

	// dev groups and extras are optional.
	for _, ref := range []string{"pkg:pypi/pytest@8.0.0", "pkg:pypi/zope-interface@6.1", "pkg:pypi/weird-name-pkg@1.0.post1%2Blocal"} {
		if c := component(t, doc, ref); c.Scope != sbom.ScopeOptional {
			t.Errorf("%s scope = %s, want optional", ref, c.Scope)
		}
	}
	// Malformed and unknown hashes are dropped.
	if c := component(t, doc, "pkg:pypi/zope-interface@6.1"); len(c.Hashes) != 0 || c.Name != "Zope.Interface" {
		t.Errorf("zope = %+v", c)
	}

	// Sources that are not an index.
	vcs := component(t, doc, "pkg:pypi/mylib?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2Fexample%2Fmylib.git%40v1.2%23egg%3Dmylib")
	if vcs.Version != "" || len(vcs.ExternalRefs) != 1 || vcs.ExternalRefs[0].Kind != sbom.RefVCS || vcs.License.Kind != sbom.LicenseUnknown {
		t.Errorf("vcs = %+v", vcs)
	}
	whl := component(t, doc, "pkg:pypi/wheelpkg@0.1?download_url=https:%2F%2Ffiles.example.org%2Fwheelpkg-0.1-py3-none-any.whl")
	if whl.ExternalRefs[0].Kind != sbom.RefDistribution || whl.License.Kind != sbom.LicenseNone {
		t.Errorf("url = %+v", whl)
	}
	anon := component(t, doc, "krait:component:url:https://files.example.org/archives/anon-2.0.tar.gz")
	if anon.Name != "anon-2.0" || anon.PURL != "" {
		t.Errorf("nameless = %+v", anon)
	}
	local := component(t, doc, "krait:component:path:./vendor/local pkg")
	if local.PURL != "" || local.ExternalRefs[0].Kind != sbom.RefPath {
		t.Errorf("path = %+v", local)
	}
	edit := component(t, doc, "pkg:pypi/edit-vcs?vcs_url=git%2Bssh:%2F%2Fgit%40example.org%2Fedit-vcs.git")
	if edit.ExternalRefs[0].Kind != sbom.RefVCS {
		t.Errorf("editable VCS = %+v", edit)
	}

	// Constraints install nothing.
	for _, c := range doc.Components {
		if c.Normalized == "idna" {
			t.Errorf("constraint became a component: %+v", c)
		}
	}
	if !slices.IsSortedFunc(doc.Components, func(a, b sbom.Component) int {
		if a.Normalized != b.Normalized {
			if a.Normalized < b.Normalized {
				return -1
			}
			return 1
		}
		return 0
	}) {
		t.Error("components are not sorted by name")
	}
}

func TestGraph(t *testing.T) {
	doc := build(t, sbomtest.Packages(), sbomtest.Options())
	root := doc.Dependencies[0]
	if root.Ref != doc.Project.Ref {
		t.Fatalf("first dependency is %s, want the root", root.Ref)
	}
	direct := map[string]bool{}
	for _, r := range root.DependsOn {
		direct[r] = true
	}
	if !direct["pkg:pypi/requests@2.31.0"] || direct["pkg:pypi/urllib3@1.26.5"] || direct["pkg:pypi/certifi@2024.2.2"] {
		t.Errorf("root depends on %q", root.DependsOn)
	}
	got := map[string][]string{}
	for _, d := range doc.Dependencies[1:] {
		got[d.Ref] = d.DependsOn
	}
	want := map[string][]string{
		// idna is only a constraint and charset-normalizer is not in the
		// inventory: those edges are dropped.
		"pkg:pypi/requests@2.31.0": {"pkg:pypi/certifi@2024.2.2", "pkg:pypi/urllib3@1.26.5"},
		"pkg:pypi/flask@3.0.0":     {}, // known to depend on nothing
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("edges = %q, want %q", got, want)
	}

	// Without direct packages the root depends on everything.
	pkgs := []inventory.Package{
		{Name: "a", Normalized: "a", Version: "1", Source: inventory.SourcePyPI},
		{Name: "b", Normalized: "b", Version: "2", Source: inventory.SourcePyPI},
	}
	doc = build(t, pkgs, sbom.Options{})
	if len(doc.Dependencies) != 1 || len(doc.Dependencies[0].DependsOn) != 2 || doc.Project.Ref != "krait:project" {
		t.Errorf("no direct packages: %+v", doc.Dependencies)
	}
}

func TestVulns(t *testing.T) {
	opts := sbomtest.Options()
	// The same advisory reported twice (two packages, or twice for one)
	// is one entry.
	dup := opts.Vulns[0]
	dup.Aliases = []string{"CVE-2023-32681", "PYSEC-2023-74", "OTHER-1"}
	opts.Vulns = append(opts.Vulns, dup)
	doc := build(t, sbomtest.Packages(), opts)
	ids := []string{}
	for _, v := range doc.Vulnerabilities {
		ids = append(ids, v.ID)
	}
	if want := []string{"GHSA-4444-5555-6666", "GHSA-v845-jxx5-vc9f", "PYSEC-2000-2", "PYSEC-2023-74", "PYSEC-2099-1"}; !slices.Equal(ids, want) {
		t.Fatalf("ids = %q, want %q", ids, want)
	}
	v := doc.Vulnerabilities[3]
	if !slices.Equal(v.Affects, []string{"pkg:pypi/requests@2.31.0"}) ||
		!slices.Equal(v.Aliases, []string{"CVE-2023-32681", "GHSA-j8r2-6x86-q33q", "OTHER-1"}) ||
		!slices.Equal(v.Fixed, []string{"2.31.0"}) || v.Package != "" {
		t.Errorf("merged vuln = %+v", v)
	}
	if z := doc.Vulnerabilities[4]; !slices.Equal(z.Affects, []string{"pkg:pypi/zope-interface@6.1"}) {
		t.Errorf("zope vuln affects %q (the name is matched in PEP 503 form)", z.Affects)
	}
	// Build copies what it changes.
	if opts.Vulns[0].Package == "" || opts.Vulns[0].Affects != nil {
		t.Error("Build modified its input")
	}
}

func TestDeterminism(t *testing.T) {
	encode := func(pkgs []inventory.Package, opts sbom.Options) string {
		b, err := json.Marshal(build(t, pkgs, opts))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	want := encode(sbomtest.Packages(), sbomtest.Options())
	if got := encode(sbomtest.Packages(), sbomtest.Options()); got != want {
		t.Fatal("two builds of the same input differ")
	}
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 20; i++ {
		pkgs := sbomtest.Packages()
		r.Shuffle(len(pkgs), func(i, j int) { pkgs[i], pkgs[j] = pkgs[j], pkgs[i] })
		for k := range pkgs {
			r.Shuffle(len(pkgs[k].Hashes), func(i, j int) { pkgs[k].Hashes[i], pkgs[k].Hashes[j] = pkgs[k].Hashes[j], pkgs[k].Hashes[i] })
		}
		opts := sbomtest.Options()
		r.Shuffle(len(opts.Vulns), func(i, j int) { opts.Vulns[i], opts.Vulns[j] = opts.Vulns[j], opts.Vulns[i] })
		if got := encode(pkgs, opts); got != want {
			t.Fatalf("shuffle %d changed the document\n%s", i, testutil.FirstDiff(want, got))
		}
	}
	// The serial follows the content.
	a := build(t, sbomtest.Packages(), sbomtest.Options())
	opts := sbomtest.Options()
	opts.Timestamp = opts.Timestamp.Add(time.Second)
	b := build(t, sbomtest.Packages(), opts)
	if a.Serial == b.Serial || len(a.Serial) != 36 || a.Serial[14] != '5' {
		t.Errorf("serials %s and %s", a.Serial, b.Serial)
	}
}

func TestResolveTime(t *testing.T) {
	now := time.Date(2026, 11, 29, 13, 0, 0, 5e8, time.FixedZone("X", 3600))
	for _, tc := range []struct {
		det   bool
		epoch string
		want  time.Time
		err   bool
	}{
		{false, "", time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC), false},
		{true, "", time.Unix(0, 0).UTC(), false},
		{false, "1700000000", time.Date(2023, 11, 14, 22, 13, 20, 0, time.UTC), false},
		{true, " 1700000000\n", time.Date(2023, 11, 14, 22, 13, 20, 0, time.UTC), false},
		{true, "yesterday", time.Time{}, true},
	} {
		got, err := sbom.ResolveTime(tc.det, tc.epoch, now)
		if (err != nil) != tc.err || !got.Equal(tc.want) || got.Location() != time.UTC && !tc.err {
			t.Errorf("ResolveTime(%v, %q) = %v, %v; want %v", tc.det, tc.epoch, got, err, tc.want)
		}
	}
}

func TestParseLicense(t *testing.T) {
	for _, tc := range []struct {
		in   string
		kind sbom.LicenseKind
		val  string
		refs []string
	}{
		{"", sbom.LicenseUnknown, "", nil},
		{"NOASSERTION", sbom.LicenseUnknown, "", nil},
		{"unknown", sbom.LicenseUnknown, "", nil},
		{"NONE", sbom.LicenseNone, "", nil},
		{"mit", sbom.LicenseID, "MIT", nil},
		{" Apache-2.0 ", sbom.LicenseID, "Apache-2.0", nil},
		{"GPL-2.0", sbom.LicenseID, "GPL-2.0", nil}, // deprecated, still an id
		{"gpl-3.0+", sbom.LicenseID, "GPL-3.0+", nil},
		{"MIT OR Apache-2.0", sbom.LicenseExpression, "MIT OR Apache-2.0", nil},
		{"mit or apache-2.0", sbom.LicenseExpression, "MIT OR Apache-2.0", nil},
		{"(MIT OR Apache-2.0) AND BSD-3-Clause", sbom.LicenseExpression, "(MIT OR Apache-2.0) AND BSD-3-Clause", nil},
		{"GPL-2.0-or-later with classpath-exception-2.0", sbom.LicenseExpression, "GPL-2.0-or-later WITH Classpath-exception-2.0", nil},
		{"LicenseRef-Acme", sbom.LicenseExpression, "LicenseRef-Acme", []string{"LicenseRef-Acme"}},
		{"MIT AND LicenseRef-B OR LicenseRef-A", sbom.LicenseExpression, "MIT AND LicenseRef-B OR LicenseRef-A", []string{"LicenseRef-A", "LicenseRef-B"}},
		{"BSD License", sbom.LicenseName, "BSD License", nil},
		{"MIT OR", sbom.LicenseName, "MIT OR", nil},
		{"Apache 2.0", sbom.LicenseName, "Apache 2.0", nil},
		{"MIT License\n\nPermission is hereby granted", sbom.LicenseName, "MIT License\n\nPermission is hereby granted", nil},
	} {
		got := sbom.ParseLicense(tc.in)
		if got.Kind != tc.kind || got.Value != tc.val || !slices.Equal(got.Refs, tc.refs) {
			t.Errorf("ParseLicense(%q) = %+v, want kind %d %q %q", tc.in, got, tc.kind, tc.val, tc.refs)
		}
	}
}

func TestPURL(t *testing.T) {
	for _, tc := range []struct{ name, version, want string }{
		{"Requests", "2.31.0", "pkg:pypi/requests@2.31.0"},
		{"Zope.Interface", "", "pkg:pypi/zope-interface"},
		{"a__b", "1!2.0+local.1", "pkg:pypi/a-b@1%212.0%2Blocal.1"},
		{"", "1", ""},
	} {
		if got := sbom.PURL(tc.name, tc.version); got != tc.want {
			t.Errorf("PURL(%q, %q) = %q, want %q", tc.name, tc.version, got, tc.want)
		}
	}
}

func TestRequiredGroup(t *testing.T) {
	for g, want := range map[string]bool{"": true, "main": true, "default": true, "Main": true, "dev": false, "test": false, "socks": false} {
		if RequiredGroup := sbom.RequiredGroup(g); RequiredGroup != want {
			t.Errorf("RequiredGroup(%q) = %v", g, RequiredGroup)
		}
	}
}

func TestProjectItselfIsNotAComponent(t *testing.T) {
	pkgs := []inventory.Package{
		{Name: "Demo_App", Normalized: "demo-app", Version: "1.4.0", File: "uv.lock", Line: 1, Source: inventory.SourcePyPI},
		{Name: "dep", Normalized: "dep", Version: "1", File: "uv.lock", Line: 5, Direct: true, Source: inventory.SourcePyPI},
	}
	doc := build(t, pkgs, sbom.Options{Project: sbom.Project{Name: "demo-app", Version: "1.4.0"},
		Edges: map[string][]string{"demo_app": {"dep"}, "dep": {"Demo-App"}},
		Vulns: []sbom.Vuln{{ID: "X-1", Package: "dep", Version: "1"}}})
	if v := doc.Vulnerabilities; len(v) != 1 || !slices.Equal(v[0].Affects, []string{"pkg:pypi/dep@1"}) {
		t.Errorf("vulnerabilities = %+v", v)
	}
	if len(doc.Components) != 1 || doc.Components[0].Normalized != "dep" {
		t.Errorf("components = %+v", doc.Components)
	}
	want := []sbom.Dependency{
		{Ref: "pkg:pypi/demo-app@1.4.0", DependsOn: []string{"pkg:pypi/dep@1"}},
		// The edge back to the project is not to a component: dropped.
		{Ref: "pkg:pypi/dep@1", DependsOn: []string{}},
	}
	if !reflect.DeepEqual(doc.Dependencies, want) {
		t.Errorf("dependencies = %+v, want %+v", doc.Dependencies, want)
	}
}
