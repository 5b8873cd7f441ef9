package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/krait-dev/krait/internal/report/cyclonedx"
	"github.com/krait-dev/krait/internal/testutil"
	"github.com/krait-dev/krait/internal/testutil/osvserver"
)

// sbomSchemas compiles the official CycloneDX 1.6 (with its SPDX license
// list and JSF parts) and SPDX 2.3 schemas from ../shared, each part
// loaded under its $id so that nothing is fetched.
func sbomSchemas(t *testing.T) map[string]*jsonschema.Schema {
	t.Helper()
	const spdxID = "http://spdx.org/rdf/terms/2.3"
	return map[string]*jsonschema.Schema{
		"cyclonedx": testutil.Schema(t, cyclonedx.SchemaURI, map[string]string{
			"cyclonedx-bom-1.6.schema.json":  cyclonedx.SchemaURI,
			"cyclonedx-spdx.schema.json":     "http://cyclonedx.org/schema/spdx.schema.json",
			"cyclonedx-jsf-0.82.schema.json": "http://cyclonedx.org/schema/jsf-0.82.schema.json",
		}),
		"spdx": testutil.Schema(t, spdxID, map[string]string{"spdx-2.3-schema.json": spdxID}),
	}
}

// validateSBOM checks out against the schema of format.
func validateSBOM(t *testing.T, schemas map[string]*jsonschema.Schema, format, out string) {
	t.Helper()
	if err := testutil.Validate(t, schemas[format], []byte(out)); err != nil {
		t.Errorf("the %s output does not validate against its schema:\n%v", format, err)
	}
}

var sbomExt = map[string]string{"cyclonedx": ".cdx.json", "spdx": ".spdx.json"}

// TestSBOMInstalled writes the SBOM of testdata/licenses/app with the
// licenses of its installed environment, in both formats.
func TestSBOMInstalled(t *testing.T) {
	schemas := sbomSchemas(t)
	for _, format := range []string{"cyclonedx", "spdx"} {
		t.Run(format, func(t *testing.T) {
			args := []string{"sbom", "--deterministic", "--format", format, "--env", "testdata/licenses/env", "testdata/licenses/app"}
			code, out, errOut := runApp(t, context.Background(), args, withCache(t.TempDir()))
			if code != ExitOK || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			validateSBOM(t, schemas, format, out)
			testutil.Golden(t, filepath.Join("testdata", "golden", "sbom-env"+sbomExt[format]), []byte(out))
			for _, want := range []string{`"demo-app"`, `"1.4.0"`, "pkg:pypi/gplpkg@2.0", `"GPL-3.0-only"`, "MIT OR GPL-3.0-only", `"BSD-3-Clause"`} {
				if !strings.Contains(out, want) {
					t.Errorf("no %s in the output", want)
				}
			}
		})
	}
}

// TestSBOMLock writes the SBOM of a uv.lock with licenses from the package
// index (a local stand-in) and the lock's hashes.
func TestSBOMLock(t *testing.T) {
	schemas := sbomSchemas(t)
	idx := lockIndex(t)
	for _, format := range []string{"cyclonedx", "spdx"} {
		t.Run(format, func(t *testing.T) {
			args := []string{"sbom", "--deterministic", "--format", format, "--index-url", idx.URL(), "testdata/licenses/lock"}
			code, out, errOut := runApp(t, context.Background(), args, withCache(t.TempDir()))
			if code != ExitOK || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			validateSBOM(t, schemas, format, out)
			testutil.Golden(t, filepath.Join("testdata", "golden", "sbom-lock"+sbomExt[format]), []byte(out))
			for _, want := range []string{"lock-app", "Apache-2.0", "58cd2187c01e70e6e26505bca751777aa9f2ee0b7f4300988b709f44e013003f", "pkg:pypi/certifi@2024.2.2"} {
				if !strings.Contains(out, want) {
					t.Errorf("no %s in the output", want)
				}
			}
		})
	}
	// --no-licenses asks nothing.
	hits := idx.TotalHits()
	code, out, _ := runApp(t, context.Background(), []string{"sbom", "--no-licenses", "--index-url", idx.URL(), "testdata/licenses/lock"}, withCache(t.TempDir()))
	if code != ExitOK || idx.TotalHits() != hits || strings.Contains(out, "Apache-2.0") {
		t.Errorf("--no-licenses: exit %d, %d index requests", code, idx.TotalHits()-hits)
	}
}

// TestSBOMVulns adds the vulnerabilities krait deps finds, from the OSV
// API (a local stand-in) and offline from the local database: the same
// document either way.
func TestSBOMVulns(t *testing.T) {
	schemas := sbomSchemas(t)
	srv := osvserver.New(t, osvserver.LoadDir(t, "testdata/deps/osv"), osvserver.Options{})
	db := importDB(t)
	for _, format := range []string{"cyclonedx", "spdx"} {
		t.Run(format, func(t *testing.T) {
			online := []string{"sbom", "--deterministic", "--no-licenses", "--with-vulns", "--osv-url", srv.URL, "--format", format, "testdata/deps/app"}
			// The fixture has a malformed hash: the problem is a warning.
			const warning = "krait sbom: warning: testdata/deps/app/requirements.txt:6: --hash \"sha256:aaaa\": not a 64-digit hexadecimal sha256 digest\n"
			code, out, errOut := runApp(t, context.Background(), online, withCache(t.TempDir()))
			if code != ExitOK || errOut != warning {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			validateSBOM(t, schemas, format, out)
			testutil.Golden(t, filepath.Join("testdata", "golden", "sbom-vulns"+sbomExt[format]), []byte(out))
			if !strings.Contains(out, "PYSEC-2018-66") {
				t.Error("no PYSEC-2018-66 in the output")
			}
			offline := []string{"sbom", "--deterministic", "--no-licenses", "--with-vulns", "--offline", "--db", db, "--format", format, "testdata/deps/app"}
			code, out2, errOut := runApp(t, context.Background(), offline, withCache(t.TempDir()))
			if code != ExitOK || errOut != warning || out2 != out {
				t.Errorf("offline: exit %d, stderr %q; the documents differ", code, errOut)
			}
		})
	}
	code, _, errOut := runApp(t, context.Background(), []string{"sbom", "--no-licenses", "--with-vulns", "--offline", "--db", filepath.Join(t.TempDir(), "none"), "testdata/deps/app"}, withCache(t.TempDir()))
	if code != ExitUsage || !strings.Contains(errOut, "krait db update") {
		t.Errorf("no database: exit %d, stderr %q", code, errOut)
	}
}

// TestSBOMDeterministic checks that the same input gives the same bytes,
// that SOURCE_DATE_EPOCH sets the timestamp, and -o.
func TestSBOMDeterministic(t *testing.T) {
	args := []string{"sbom", "--no-licenses", "testdata/licenses/lock"}
	env := func(epoch string) func(*app) {
		cache := t.TempDir()
		return func(a *app) {
			a.getenv = func(k string) string {
				switch k {
				case "XDG_CACHE_HOME":
					return cache
				case "SOURCE_DATE_EPOCH":
					return epoch
				}
				return ""
			}
		}
	}
	_, a, _ := runApp(t, context.Background(), append(args, "--deterministic"), env(""))
	_, b, _ := runApp(t, context.Background(), append(args, "--deterministic"), env(""))
	if a != b || !strings.Contains(a, `"1970-01-01T00:00:00Z"`) {
		t.Errorf("--deterministic: runs differ or the timestamp is not the epoch:\n%s", a)
	}
	_, c, _ := runApp(t, context.Background(), args, env("1700000000"))
	if !strings.Contains(c, `"2023-11-14T22:13:20Z"`) {
		t.Errorf("SOURCE_DATE_EPOCH not used:\n%s", c)
	}
	_, d, _ := runApp(t, context.Background(), args, env(""))
	if strings.Contains(d, `"1970-01-01T00:00:00Z"`) {
		t.Error("the epoch without --deterministic")
	}
	code, _, errOut := runApp(t, context.Background(), args, env("yesterday"))
	if code != ExitUsage || !strings.Contains(errOut, "SOURCE_DATE_EPOCH") {
		t.Errorf("bad SOURCE_DATE_EPOCH: exit %d, %q", code, errOut)
	}

	file := filepath.Join(t.TempDir(), "bom.json")
	code, out, errOut := runApp(t, context.Background(), append(args, "--deterministic", "-o", file), env(""))
	got, err := os.ReadFile(file)
	if code != ExitOK || out != "" || errOut != "" || err != nil || !bytes.Equal(got, []byte(a)) {
		t.Errorf("-o: exit %d, stdout %q, stderr %q, %v", code, out, errOut, err)
	}
}

func TestSBOMProjectAndErrors(t *testing.T) {
	// No pyproject.toml: the directory names the project.
	code, out, _ := runApp(t, context.Background(), []string{"sbom", "--no-licenses", "--format", "spdx", "testdata/licenses/ranges"}, withCache(t.TempDir()))
	var doc struct {
		Name     string `json:"name"`
		Packages []struct {
			Name string `json:"name"`
		} `json:"packages"`
	}
	if err := json.Unmarshal([]byte(out), &doc); code != ExitOK || err != nil || !strings.HasPrefix(doc.Name, "ranges") {
		t.Errorf("exit %d, %v, name %q", code, err, doc.Name)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"sbom", "--format", "xml", "testdata/licenses/lock"}, `unsupported --format "xml"`},
		{[]string{"sbom", "testdata/licenses/none"}, "testdata/licenses/none: no such file or directory"},
		{[]string{"sbom", "--no-licenses", "-o", filepath.Join(t.TempDir(), "no", "such", "dir"), "testdata/licenses/lock"}, "cannot create the output file"},
	} {
		code, _, errOut := runApp(t, context.Background(), c.args, withCache(t.TempDir()))
		if code == ExitOK || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want %q", c.args, code, errOut, c.want)
		}
	}
}
