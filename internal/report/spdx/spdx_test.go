package spdx

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/github/go-spdx/v2/spdxexp"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/krait-dev/krait/internal/deps/inventory"
	"github.com/krait-dev/krait/internal/sbom"
	"github.com/krait-dev/krait/internal/sbom/sbomtest"
	"github.com/krait-dev/krait/internal/testutil"
)

// fixtures are the documents this writer's tests write.
func fixtures() []sbomtest.Fixture {
	// Two different non-SPDX names that sanitise alike, and one that
	// collides with a LicenseRef- of an expression.
	clash := sbomtest.Options()
	clash.Licenses = map[sbom.Key]sbom.LicenseInfo{
		{Name: "requests"}: {Expression: "Custom License"},
		{Name: "urllib3"}:  {Expression: "Custom  License!"},
		{Name: "certifi"}:  {Expression: "LicenseRef-Custom-License OR MIT"},
		{Name: "flask"}:    {Expression: "Custom License"},
		{Name: "pytest"}:   {Expression: "BSD License\n\nRedistribution and use in source and binary forms..."},
	}
	return append(sbomtest.Fixtures(), sbomtest.Fixture{Name: "license-refs", Packages: sbomtest.Packages(), Options: clash})
}

func write(t testing.TB, pkgs []inventory.Package, opts sbom.Options) []byte {
	t.Helper()
	doc, err := sbom.Build(pkgs, opts)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := Write(&b, doc, Options{}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestGolden(t *testing.T) {
	for _, fx := range fixtures() {
		t.Run(fx.Name, func(t *testing.T) {
			testutil.Golden(t, filepath.Join("testdata", fx.Name+".spdx.json"), write(t, fx.Packages, fx.Options))
		})
	}
}

// schemaID is the $id of the official SPDX 2.3 JSON schema.
const schemaID = "http://spdx.org/rdf/terms/2.3"

// schema compiles the official SPDX 2.3 schema from ../shared.
func schema(t testing.TB) *jsonschema.Schema {
	return testutil.Schema(t, schemaID, map[string]string{"spdx-2.3-schema.json": schemaID})
}

func TestSchema(t *testing.T) {
	sch := schema(t)
	for _, fx := range fixtures() {
		t.Run(fx.Name, func(t *testing.T) {
			if err := testutil.Validate(t, sch, write(t, fx.Packages, fx.Options)); err != nil {
				t.Errorf("output does not validate against the SPDX 2.3 schema:\n%v", err)
			}
		})
	}
	bad, _ := jsonschema.UnmarshalJSON(strings.NewReader(`{"spdxVersion":"SPDX-2.3","SPDXID":"SPDXRef-DOCUMENT","name":"x","dataLicense":"CC0-1.0","packages":[{"name":"p"}]}`))
	if sch.Validate(bad) == nil {
		t.Error("a document without creationInfo validated")
	}
}

var idPattern = regexp.MustCompile(`^SPDXRef-[A-Za-z0-9.-]+$`)

// TestSpec checks what the JSON schema leaves to the specification: id
// syntax and uniqueness, relationships between existing elements, license
// fields that are SPDX expressions, LicenseRef- ids that are defined, and
// the date format.
func TestSpec(t *testing.T) {
	for _, fx := range fixtures() {
		t.Run(fx.Name, func(t *testing.T) {
			checkSpec(t, write(t, fx.Packages, fx.Options))
		})
	}
}

var (
	licenseRefPattern = regexp.MustCompile(`^LicenseRef-[A-Za-z0-9.-]+$`)
	licenseRefInExpr  = regexp.MustCompile(`LicenseRef-[A-Za-z0-9.-]+`)
)

func checkSpec(t testing.TB, b []byte) {
	t.Helper()
	var d Document
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	if _, err := time.Parse("2006-01-02T15:04:05Z", d.CreationInfo.Created); err != nil {
		t.Errorf("created %q: %v", d.CreationInfo.Created, err)
	}
	if !strings.HasPrefix(d.DocumentNamespace, DefaultNamespaceBase) || strings.ContainsAny(d.DocumentNamespace, " #") {
		t.Errorf("namespace %q", d.DocumentNamespace)
	}
	ids := map[string]bool{d.SPDXID: true}
	defined := map[string]bool{}
	for _, e := range d.HasExtractedLicensingInfos {
		if !licenseRefPattern.MatchString(e.LicenseID) || defined[e.LicenseID] {
			t.Errorf("bad or duplicate license ref %q", e.LicenseID)
		}
		defined[e.LicenseID] = true
	}
	for _, p := range d.Packages {
		if !idPattern.MatchString(p.SPDXID) || ids[p.SPDXID] {
			t.Errorf("bad or duplicate SPDXID %q", p.SPDXID)
		}
		ids[p.SPDXID] = true
		for _, l := range []string{p.LicenseConcluded, p.LicenseDeclared} {
			if l == "NOASSERTION" || l == "NONE" {
				continue
			}
			if ok, invalid := spdxexp.ValidateLicenses([]string{l}); !ok {
				t.Errorf("%s: license %q is not an SPDX expression (%q)", p.SPDXID, l, invalid)
			}
			for _, ref := range licenseRefInExpr.FindAllString(l, -1) {
				if !defined[ref] {
					t.Errorf("%s: %s is not defined", p.SPDXID, ref)
				}
			}
		}
	}
	describes := 0
	for _, r := range d.Relationships {
		if !ids[r.SPDXElementID] || !ids[r.RelatedSPDXElement] && r.RelatedSPDXElement != "NONE" {
			t.Errorf("relationship between unknown elements: %+v", r)
		}
		if r.RelationshipType == "DESCRIBES" {
			describes++
		}
	}
	if describes != 1 {
		t.Errorf("%d DESCRIBES relationships", describes)
	}
}

// FuzzWrite builds documents from odd names, versions, URLs and licenses
// and checks the output against the schema and the specification's rules.
func FuzzWrite(f *testing.F) {
	f.Add("Weird_Name..Pkg", "1.0+local", "git+https://example.org/r.git@v1#egg=x", "MIT OR Apache-2.0", "demo")
	f.Add("", "", "https://example.org/a b%zz.whl", "BSD License", "")
	f.Add("é", "1!2", `C:\path with space`, "LicenseRef-X AND GPL-2.0-only WITH Classpath-exception-2.0", "my app")
	f.Add("a", "", "//%20", "Not A License\nline two", "a")
	sch := schema(f)
	f.Fuzz(func(t *testing.T, name, version, url, license, project string) {
		pkgs := []inventory.Package{
			{Name: name, Version: version, Source: inventory.SourcePyPI, File: "r.txt", Line: 1},
			{Name: name, Version: version, Source: inventory.SourceVCS, URL: url, File: "r.txt", Line: 2},
			{Name: name, Source: inventory.SourceURL, URL: url, File: "r.txt", Line: 3, Direct: true},
			{Source: inventory.SourcePath, URL: url, File: "r.txt", Line: 4},
		}
		opts := sbom.Options{
			Project:   sbom.Project{Name: project, Version: version},
			Timestamp: sbomtest.Timestamp,
			Licenses: map[sbom.Key]sbom.LicenseInfo{
				{Name: name}: {Expression: license},
				{Name: "x"}:  {Expression: license + "2"},
			},
			Vulns: []sbom.Vuln{{ID: "X-" + name, Package: name, Version: version, URL: "https://osv.dev/x"}},
			Edges: map[string][]string{name: {name}},
		}
		b := write(t, pkgs, opts)
		checkSpec(t, b)
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if err := sch.Validate(inst); err != nil {
			t.Errorf("invalid SPDX:\n%v", err)
		}
	})
}

func TestContent(t *testing.T) {
	var d Document
	if err := json.Unmarshal(write(t, sbomtest.Packages(), sbomtest.Options()), &d); err != nil {
		t.Fatal(err)
	}
	if d.CreationInfo.Creators[0] != "Tool: krait-0.9.0" || d.CreationInfo.Created != "2026-06-01T12:00:00Z" || d.Name != "demo-app" {
		t.Errorf("header = %+v", d)
	}
	pkgs := map[string]Package{}
	for _, p := range d.Packages {
		pkgs[p.SPDXID] = p
	}
	req, ok := pkgs["SPDXRef-Package-requests-2.31.0"]
	if !ok {
		t.Fatalf("no requests package in %v", pkgs)
	}
	if req.LicenseDeclared != "Apache-2.0" || req.DownloadLocation != "NOASSERTION" || req.FilesAnalyzed ||
		len(req.Checksums) != 2 || req.Checksums[0].Algorithm != "SHA256" ||
		req.ExternalRefs[0] != (ExternalRef{"PACKAGE-MANAGER", "purl", "pkg:pypi/requests@2.31.0"}) ||
		req.ExternalRefs[1] != (ExternalRef{"SECURITY", "advisory", "https://osv.dev/vulnerability/PYSEC-2023-74"}) {
		t.Errorf("requests = %+v", req)
	}
	for id, want := range map[string]string{
		"SPDXRef-Package-certifi-2024.2.2":   "MPL-2.0 OR (MIT AND BSD-3-Clause)",
		"SPDXRef-Package-flask-3.0.0":        "GPL-2.0-or-later WITH Classpath-exception-2.0",
		"SPDXRef-Package-pytest-8.0.0":       "MIT AND LicenseRef-Pytest-Extra",
		"SPDXRef-Package-zope-interface-6.1": "LicenseRef-Zope-Public-License-ZPL-2.1",
		"SPDXRef-Package-urllib3-1.26.5":     "MIT",
	} {
		if got := pkgs[id].LicenseConcluded; got != want {
			t.Errorf("%s license = %q, want %q", id, got, want)
		}
	}
	var vcs, whl Package
	for _, p := range d.Packages {
		switch p.Name {
		case "mylib":
			vcs = p
		case "wheelpkg":
			whl = p
		}
	}
	if vcs.DownloadLocation != "git+https://github.com/example/mylib.git@v1.2" || vcs.LicenseDeclared != "NOASSERTION" {
		t.Errorf("vcs = %+v", vcs)
	}
	if whl.DownloadLocation != "https://files.example.org/wheelpkg-0.1-py3-none-any.whl" || whl.LicenseDeclared != "NONE" {
		t.Errorf("url = %+v", whl)
	}
	rels := map[Relationship]bool{}
	for _, r := range d.Relationships {
		rels[r] = true
	}
	for _, r := range []Relationship{
		{"SPDXRef-DOCUMENT", "DESCRIBES", "SPDXRef-Root-demo-app"},
		{"SPDXRef-Root-demo-app", "DEPENDS_ON", "SPDXRef-Package-requests-2.31.0"},
		{"SPDXRef-Package-requests-2.31.0", "DEPENDS_ON", "SPDXRef-Package-urllib3-1.26.5"},
		{"SPDXRef-Package-flask-3.0.0", "DEPENDS_ON", "NONE"},
	} {
		if !rels[r] {
			t.Errorf("missing relationship %+v", r)
		}
	}
}

func TestDeterminism(t *testing.T) {
	want := write(t, sbomtest.Packages(), sbomtest.Options())
	if got := write(t, sbomtest.Packages(), sbomtest.Options()); !bytes.Equal(got, want) {
		t.Fatal("two runs differ")
	}
	pkgs := sbomtest.Packages()
	for i, j := 0, len(pkgs)-1; i < j; i, j = i+1, j-1 {
		pkgs[i], pkgs[j] = pkgs[j], pkgs[i]
	}
	if got := write(t, pkgs, sbomtest.Options()); !bytes.Equal(got, want) {
		t.Fatalf("reversed input changed the output\n%s", testutil.FirstDiff(string(want), string(got)))
	}
	ts, err := sbom.ResolveTime(true, "1700000000", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	opts := sbomtest.Options()
	opts.Timestamp = ts
	a := write(t, sbomtest.Packages(), opts)
	if !bytes.Equal(a, write(t, sbomtest.Packages(), opts)) || !bytes.Contains(a, []byte(`"created": "2023-11-14T22:13:20Z"`)) {
		t.Errorf("SOURCE_DATE_EPOCH not honoured:\n%.400s", a)
	}
	var da, dw Document
	if json.Unmarshal(a, &da) != nil || json.Unmarshal(want, &dw) != nil || da.DocumentNamespace == dw.DocumentNamespace {
		t.Error("the namespace does not follow the content")
	}
}

func TestSanitize(t *testing.T) {
	for in, want := range map[string]string{
		"requests": "requests", "1.0.post1+local": "1.0.post1-local", "a b  c": "a-b-c", "é": "x", "(x)": "x", "a__b": "a-b",
	} {
		if got := sanitize(in); got != want {
			t.Errorf("sanitize(%q) = %q, want %q", in, got, want)
		}
	}
}
