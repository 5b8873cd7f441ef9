// Package sbomtest holds the inventories the SBOM tests share: a project
// whose packages exercise every path of sbom.Build and of the format
// writers (duplicates across files, hashes, dev groups and extras, VCS,
// URL, path and editable sources, unpinned and oddly spelled names, license
// expressions with OR/AND/WITH and LicenseRef-, free-text licenses,
// vulnerabilities and a partial dependency graph).
package sbomtest

import (
	"time"

	"github.com/krait-dev/krait/internal/deps/inventory"
	"github.com/krait-dev/krait/internal/sbom"
)

// Timestamp is the fixed creation time of the fixtures.
var Timestamp = time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)

const (
	sha256a = "sha256:2d7c5d4d7d0c6d3e3f4e2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e"
	sha256b = "sha256:3e8d6e5e8e1d7e4f4a5f3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f"
	sha512a = "sha512:" + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" +
		"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
)

// Packages returns a project inventory as project.Load would merge it.
func Packages() []inventory.Package {
	return []inventory.Package{
		// uv.lock: pinned, hashed; requests and flask are declared by pyproject.toml.
		{Name: "requests", Normalized: "requests", Version: "2.31.0", Direct: true, Group: "main", File: "uv.lock", Line: 40,
			Hashes: []string{sha256b, sha256a}, Source: inventory.SourcePyPI, ManifestFile: "pyproject.toml", ManifestLine: 8},
		{Name: "urllib3", Normalized: "urllib3", Version: "1.26.5", File: "uv.lock", Line: 60,
			Hashes: []string{sha512a, "SHA256:" + "AB" + sha256a[9:]}, Source: inventory.SourcePyPI},
		{Name: "certifi", Normalized: "certifi", Version: "2024.2.2", File: "uv.lock", Line: 20, Source: inventory.SourcePyPI},
		{Name: "Flask", Normalized: "flask", Version: "3.0.0", Direct: true, Group: "main", File: "uv.lock", Line: 30, Source: inventory.SourcePyPI},
		{Name: "pytest", Normalized: "pytest", Version: "8.0.0", Direct: true, Group: "dev", File: "uv.lock", Line: 50, Source: inventory.SourcePyPI},
		{Name: "Zope.Interface", Normalized: "zope-interface", Version: "6.1", Group: "docs", Direct: true, File: "uv.lock", Line: 70,
			Source: inventory.SourcePyPI, Hashes: []string{"md5:not-hex", "crc32:1234abcd"}},
		// requirements.txt: the same requests pin again, an unpinned flask
		// (folded into the locked one), sources that are not an index.
		{Name: "Requests", Normalized: "requests", Version: "2.31.0", Direct: true, File: "requirements.txt", Line: 1,
			Hashes: []string{sha256a}, Source: inventory.SourcePyPI},
		{Name: "flask", Normalized: "flask", Direct: true, File: "requirements.txt", Line: 2, Source: inventory.SourcePyPI},
		{Name: "mylib", Normalized: "mylib", Direct: true, File: "requirements.txt", Line: 3, Source: inventory.SourceVCS,
			URL: "git+https://github.com/example/mylib.git@v1.2#egg=mylib", NotAuditable: "VCS source"},
		{Name: "wheelpkg", Normalized: "wheelpkg", Version: "0.1", Direct: true, File: "requirements.txt", Line: 4, Source: inventory.SourceURL,
			URL: "https://files.example.org/wheelpkg-0.1-py3-none-any.whl", NotAuditable: "URL source"},
		{Name: "", Direct: true, File: "requirements.txt", Line: 5, Source: inventory.SourceURL,
			URL: "https://files.example.org/archives/anon-2.0.tar.gz", NotAuditable: "URL source"},
		{Name: "localpkg", Normalized: "localpkg", Direct: true, File: "requirements.txt", Line: 6, Source: inventory.SourcePath,
			URL: "./vendor/local pkg", NotAuditable: "local path"},
		{Name: "edit-vcs", Normalized: "edit-vcs", Direct: true, File: "requirements.txt", Line: 7, Source: inventory.SourceEditable,
			URL: "git+ssh://git@example.org/edit-vcs.git", NotAuditable: "editable"},
		{Name: "Weird_Name..Pkg", Normalized: "weird-name-pkg", Version: "1.0.post1+local", Direct: true, Group: "extra-fast",
			File: "requirements.txt", Line: 8, Source: inventory.SourcePyPI},
		// constraints install nothing
		{Name: "idna", Normalized: "idna", Version: "3.6", Constraint: true, File: "constraints.txt", Line: 1, Source: inventory.SourcePyPI},
	}
}

// Licenses returns licenses for some of Packages.
func Licenses() map[sbom.Key]sbom.LicenseInfo {
	return map[sbom.Key]sbom.LicenseInfo{
		{Name: "requests", Version: "2.31.0"}:  {Expression: "Apache-2.0", Evidence: "License-Expression"},
		{Name: "urllib3"}:                      {Expression: "mit", Evidence: "classifier: License :: OSI Approved :: MIT License"},
		{Name: "certifi", Version: "2024.2.2"}: {Expression: "MPL-2.0 OR (MIT AND BSD-3-Clause)", Evidence: "License-Expression"},
		{Name: "flask", Version: "3.0.0"}:      {Expression: "GPL-2.0-or-later WITH Classpath-exception-2.0", Evidence: "LICENSE.txt"},
		{Name: "pytest", Version: "8.0.0"}:     {Expression: "MIT AND LicenseRef-Pytest-Extra", Evidence: "License-Expression"},
		{Name: "zope-interface"}:               {Expression: "Zope Public License (ZPL) 2.1", Evidence: "License"},
		{Name: "mylib"}:                        {Expression: "UNKNOWN"},
		{Name: "wheelpkg"}:                     {Expression: "NONE", Evidence: "License-Expression"},
	}
}

// Vulns returns vulnerabilities of Packages, as krait deps reports them.
func Vulns() []sbom.Vuln {
	return []sbom.Vuln{
		{ID: "PYSEC-2023-74", Aliases: []string{"CVE-2023-32681", "GHSA-j8r2-6x86-q33q"}, Severity: "medium", Score: 6.1,
			Method: "CVSS_V3", Vector: "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:C/C:H/I:N/A:N", Fixed: []string{"2.31.0"},
			Description: "Unintended leak of Proxy-Authorization header in requests", URL: "https://osv.dev/vulnerability/PYSEC-2023-74",
			Package: "Requests", Version: "2.31.0"},
		{ID: "GHSA-v845-jxx5-vc9f", Aliases: []string{"CVE-2023-43804"}, Severity: "high", Score: 8.1,
			Method: "CVSS_V3", Vector: "CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N", Fixed: []string{"1.26.17", "2.0.6"},
			Description: "Cookie HTTP header isn't stripped on cross-origin redirects", URL: "https://osv.dev/vulnerability/GHSA-v845-jxx5-vc9f",
			Package: "urllib3", Version: "1.26.5"},
		{ID: "PYSEC-2099-1", Severity: "low", Method: "database_specific", Package: "zope.interface", Version: "6.1",
			URL: "https://osv.dev/vulnerability/PYSEC-2099-1"},
		{ID: "GHSA-4444-5555-6666", Severity: "critical", Score: 9.3, Method: "CVSS_V4",
			Vector: "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", Package: "certifi", Version: "2024.2.2"},
		{ID: "PYSEC-2000-2", Score: 5, Method: "CVSS_V2", Vector: "AV:N/AC:L/Au:N/C:P/I:N/A:N", Severity: "medium",
			Package: "certifi", Version: "2024.2.2", Fixed: []string{"2024.7.4"}},
	}
}

// Edges returns a dependency graph a lock file would give: known for
// requests and flask, unknown for the rest.
func Edges() map[string][]string {
	return map[string][]string{
		"requests": {"urllib3", "certifi", "idna", "Charset_Normalizer"},
		"Flask":    {},
	}
}

// Options returns build options with everything set.
func Options() sbom.Options {
	return sbom.Options{
		Project:   sbom.Project{Name: "demo-app", Version: "1.4.0"},
		Tool:      sbom.Tool{Name: "krait", Version: "0.9.0"},
		Timestamp: Timestamp,
		Licenses:  Licenses(),
		Vulns:     Vulns(),
		Edges:     Edges(),
	}
}

// Fixture is one document a writer's tests write: its name (the golden
// file's), packages and options.
type Fixture struct {
	Name     string
	Packages []inventory.Package
	Options  sbom.Options
}

// Minimal is the options of a document with nothing but its timestamp.
func Minimal() sbom.Options { return sbom.Options{Timestamp: Timestamp} }

// Fixtures returns the documents every SBOM writer is tested on: the full
// project, the same without vulnerabilities and dependency edges, and an
// empty one.
func Fixtures() []Fixture {
	noVulns := Options()
	noVulns.Vulns, noVulns.Edges = nil, nil
	return []Fixture{
		{"full", Packages(), Options()},
		{"no-vulns", Packages(), noVulns},
		{"empty", nil, Minimal()},
	}
}
