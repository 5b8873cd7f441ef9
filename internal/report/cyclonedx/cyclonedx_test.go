package cyclonedx

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/github/go-spdx/v2/spdxexp/spdxlicenses"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/krait-dev/krait/internal/deps/inventory"
	"github.com/krait-dev/krait/internal/sbom"
	"github.com/krait-dev/krait/internal/sbom/sbomtest"
	"github.com/krait-dev/krait/internal/testutil"
)

// fixtures are the documents this writer's tests write.
func fixtures() []sbomtest.Fixture {
	return append(sbomtest.Fixtures(), sbomtest.Fixture{Name: "unnamed-project", Packages: []inventory.Package{
		{Name: "only", Normalized: "only", Version: "1.0", Source: inventory.SourcePyPI, File: "requirements.txt", Line: 1},
	}, Options: sbomtest.Minimal()})
}

func write(t testing.TB, pkgs []inventory.Package, opts sbom.Options) []byte {
	t.Helper()
	doc, err := sbom.Build(pkgs, opts)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := Write(&b, doc); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestGolden(t *testing.T) {
	for _, fx := range fixtures() {
		t.Run(fx.Name, func(t *testing.T) {
			testutil.Golden(t, filepath.Join("testdata", fx.Name+".cdx.json"), write(t, fx.Packages, fx.Options))
		})
	}
}

// schema compiles the official CycloneDX 1.6 schema from ../shared with
// the SPDX license list and JSF parts it references.
func schema(t testing.TB) *jsonschema.Schema {
	return testutil.Schema(t, SchemaURI, map[string]string{
		"cyclonedx-bom-1.6.schema.json":  SchemaURI,
		"cyclonedx-spdx.schema.json":     "http://cyclonedx.org/schema/spdx.schema.json",
		"cyclonedx-jsf-0.82.schema.json": "http://cyclonedx.org/schema/jsf-0.82.schema.json",
	})
}

func TestSchema(t *testing.T) {
	sch := schema(t)
	for _, fx := range fixtures() {
		t.Run(fx.Name, func(t *testing.T) {
			if err := testutil.Validate(t, sch, write(t, fx.Packages, fx.Options)); err != nil {
				t.Errorf("output does not validate against the CycloneDX 1.6 schema:\n%v", err)
			}
		})
	}
	// The validator is not vacuous: an unknown license id, and a
	// component without a name, fail.
	if testutil.Validate(t, sch, []byte(`{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"type":"library","name":"x","licenses":[{"license":{"id":"Not-A-License"}}]}]}`)) == nil {
		t.Error("an unknown license id validated")
	}
	if testutil.Validate(t, sch, []byte(`{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"type":"library"}]}`)) == nil {
		t.Error("a component without a name validated")
	}
}

// decode writes the full fixture and decodes it.
func decode(t *testing.T) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(write(t, sbomtest.Packages(), sbomtest.Options()), &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func find(t *testing.T, list any, key, val string) map[string]any {
	t.Helper()
	for _, e := range list.([]any) {
		if m := e.(map[string]any); m[key] == val {
			return m
		}
	}
	t.Fatalf("no entry with %s=%s", key, val)
	return nil
}

func TestContent(t *testing.T) {
	m := decode(t)
	if m["specVersion"] != "1.6" || m["$schema"] != SchemaURI || !strings.HasPrefix(m["serialNumber"].(string), "urn:uuid:") {
		t.Errorf("header: %v %v %v", m["specVersion"], m["$schema"], m["serialNumber"])
	}
	meta := m["metadata"].(map[string]any)
	if meta["timestamp"] != "2026-06-01T12:00:00Z" || meta["component"].(map[string]any)["bom-ref"] != "pkg:pypi/demo-app@1.4.0" {
		t.Errorf("metadata = %v", meta)
	}
	comps := m["components"]
	lic := func(ref string) any {
		c := find(t, comps, "bom-ref", ref)
		if c["licenses"] == nil {
			return nil
		}
		return c["licenses"].([]any)[0]
	}
	for ref, want := range map[string]string{
		"pkg:pypi/requests@2.31.0":                `{"license":{"id":"Apache-2.0"}}`,
		"pkg:pypi/urllib3@1.26.5":                 `{"license":{"id":"MIT"}}`,
		"pkg:pypi/certifi@2024.2.2":               `{"expression":"MPL-2.0 OR (MIT AND BSD-3-Clause)"}`,
		"pkg:pypi/flask@3.0.0":                    `{"expression":"GPL-2.0-or-later WITH Classpath-exception-2.0"}`,
		"pkg:pypi/pytest@8.0.0":                   `{"expression":"MIT AND LicenseRef-Pytest-Extra"}`,
		"pkg:pypi/zope-interface@6.1":             `{"license":{"name":"Zope Public License (ZPL) 2.1"}}`,
		"krait:component:path:./vendor/local pkg": `null`,
	} {
		got, _ := json.Marshal(lic(ref))
		if string(got) != want {
			t.Errorf("%s licenses = %s, want %s", ref, got, want)
		}
	}
	req := find(t, comps, "bom-ref", "pkg:pypi/requests@2.31.0")
	if req["scope"] != "required" || len(req["hashes"].([]any)) != 2 {
		t.Errorf("requests = %v", req)
	}
	if p := find(t, comps, "bom-ref", "pkg:pypi/pytest@8.0.0"); p["scope"] != "optional" {
		t.Errorf("pytest scope = %v", p["scope"])
	}
	local := find(t, comps, "bom-ref", "krait:component:path:./vendor/local pkg")
	if er := local["externalReferences"].([]any)[0].(map[string]any); er["type"] != "other" || er["url"] != "./vendor/local%20pkg" {
		t.Errorf("local path reference = %v", er)
	}

	deps := m["dependencies"].([]any)
	if root := deps[0].(map[string]any); root["ref"] != "pkg:pypi/demo-app@1.4.0" {
		t.Errorf("first dependency = %v", root)
	}
	if fl := find(t, deps, "ref", "pkg:pypi/flask@3.0.0"); fl["dependsOn"] == nil || len(fl["dependsOn"].([]any)) != 0 {
		t.Errorf("flask depends on nothing, written as %v", fl)
	}

	vulns := m["vulnerabilities"]
	v := find(t, vulns, "id", "GHSA-v845-jxx5-vc9f")
	rating := v["ratings"].([]any)[0].(map[string]any)
	if rating["method"] != "CVSSv3" || rating["score"] != 8.1 || rating["severity"] != "high" {
		t.Errorf("rating = %v", rating)
	}
	if v["recommendation"] != "Upgrade to a fixed version: 1.26.17, 2.0.6." {
		t.Errorf("recommendation = %v", v["recommendation"])
	}
	aff := v["affects"].([]any)[0].(map[string]any)
	if aff["ref"] != "pkg:pypi/urllib3@1.26.5" || aff["versions"].([]any)[0].(map[string]any)["version"] != "1.26.5" {
		t.Errorf("affects = %v", aff)
	}
	if r := find(t, vulns, "id", "PYSEC-2023-74")["ratings"].([]any)[0].(map[string]any); r["method"] != "CVSSv31" {
		t.Errorf("CVSS 3.1 method = %v", r["method"])
	}
	if r := find(t, vulns, "id", "PYSEC-2099-1")["ratings"].([]any)[0].(map[string]any); r["method"] != "other" || r["score"] != nil || r["severity"] != "low" {
		t.Errorf("database severity rating = %v", r)
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
	opts := sbomtest.Options()
	for i, j := 0, len(opts.Vulns)-1; i < j; i, j = i+1, j-1 {
		opts.Vulns[i], opts.Vulns[j] = opts.Vulns[j], opts.Vulns[i]
	}
	if got := write(t, pkgs, opts); !bytes.Equal(got, want) {
		t.Fatalf("reversed input changed the output\n%s", testutil.FirstDiff(string(want), string(got)))
	}

	// SOURCE_DATE_EPOCH fixes the timestamp, and with it the serial.
	ts, err := sbom.ResolveTime(false, "1700000000", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	opts = sbomtest.Options()
	opts.Timestamp = ts
	a := write(t, sbomtest.Packages(), opts)
	b := write(t, sbomtest.Packages(), opts)
	if !bytes.Equal(a, b) || !bytes.Contains(a, []byte(`"timestamp": "2023-11-14T22:13:20Z"`)) {
		t.Errorf("SOURCE_DATE_EPOCH not honoured:\n%.400s", a)
	}
	if bytes.Equal(a, want) {
		t.Error("a different timestamp gave the same serial")
	}
}

// TestLicenseIDsInSchema checks that every SPDX id krait may write as
// license.id is in the schema's enum, and that newerThanSchema lists only
// ids that are not.
func TestLicenseIDsInSchema(t *testing.T) {
	path := filepath.Join(testutil.SharedDir(t), "schemas", "cyclonedx-spdx.schema.json")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		Enum []string `json:"enum"`
	}
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	enum := make(map[string]bool, len(s.Enum))
	for _, id := range s.Enum {
		enum[id] = true
	}
	for _, id := range append(spdxlicenses.GetLicenses(), spdxlicenses.GetDeprecated()...) {
		if !enum[id] && !newerThanSchema[id] {
			t.Errorf("SPDX id %s is not in the CycloneDX 1.6 schema: add it to newerThanSchema", id)
		}
	}
	for id := range newerThanSchema {
		if enum[id] {
			t.Errorf("%s is in the schema: remove it from newerThanSchema", id)
		}
	}
	// And the writer uses the table.
	if l := licenses(sbom.ParseLicense("MVT-1.1")); (*l)[0].Expression != "MVT-1.1" {
		t.Errorf("MVT-1.1 written as %+v", (*l)[0])
	}
}

// FuzzWrite builds documents from odd names, versions, URLs and licenses
// and checks that the output is valid CycloneDX 1.6.
func FuzzWrite(f *testing.F) {
	f.Add("Weird_Name..Pkg", "1.0+local", "git+https://example.org/r.git@v1#egg=x", "MIT OR Apache-2.0", "demo")
	f.Add("", "", "https://example.org/a b%zz.whl", "BSD License", "")
	f.Add("é", "1!2", `C:\path with space`, "LicenseRef-X AND GPL-2.0-only WITH Classpath-exception-2.0", "my app")
	f.Add("a", "", "https://[::1]:80/x#y#z", "Not A License\nline two", "x/y")
	sch := schema(f)
	f.Fuzz(func(t *testing.T, name, version, url, license, project string) {
		pkgs := []inventory.Package{
			{Name: name, Normalized: "", Version: version, Source: inventory.SourcePyPI, File: "r.txt", Line: 1},
			{Name: name, Version: version, Source: inventory.SourceVCS, URL: url, File: "r.txt", Line: 2},
			{Name: name, Source: inventory.SourceURL, URL: url, File: "r.txt", Line: 3, Direct: true},
			{Source: inventory.SourcePath, URL: url, File: "r.txt", Line: 4},
		}
		opts := sbom.Options{
			Project:   sbom.Project{Name: project, Version: version},
			Timestamp: sbomtest.Timestamp,
			Licenses:  map[sbom.Key]sbom.LicenseInfo{{Name: name}: {Expression: license}},
			Vulns:     []sbom.Vuln{{ID: "X-" + name, Package: name, Version: version, URL: "https://osv.dev/x", Severity: "high"}},
			Edges:     map[string][]string{name: {name}},
		}
		if err := testutil.Validate(t, sch, write(t, pkgs, opts)); err != nil {
			t.Errorf("invalid CycloneDX for %q %q %q %q %q:\n%v", name, version, url, license, project, err)
		}
	})
}
