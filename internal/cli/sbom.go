package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/pelletier/go-toml/v2"

	"github.com/krait-dev/krait/internal/deps/inventory"
	"github.com/krait-dev/krait/internal/deps/osv"
	"github.com/krait-dev/krait/internal/deps/pep440"
	"github.com/krait-dev/krait/internal/deps/vulndb"
	"github.com/krait-dev/krait/internal/license"
	"github.com/krait-dev/krait/internal/report/cyclonedx"
	"github.com/krait-dev/krait/internal/report/spdx"
	"github.com/krait-dev/krait/internal/sbom"
)

const sbomHelp = `
Write a software bill of materials of the project below each PATH
(default "."): CycloneDX 1.6 JSON (--format cyclonedx, the default) or
SPDX 2.3 JSON (--format spdx). The inventory is the one 'krait deps'
reads: lock files, manifests and, with --env, an installed environment.

The project is the root component, named by [project] (or
[tool.poetry]) name and version in the pyproject.toml of the first PATH,
else after its directory. Every package is a component with its purl
(pkg:pypi/NAME@VERSION), the hashes of the lock file, its scope (dev
groups and extras are optional) and its license, detected as 'krait
licenses' does: from the installed metadata (--env), else from the
package index's JSON API (cached; --offline reads the cache only;
--no-licenses skips detection). A license override with a license in
[tool.krait.licenses] replaces the detected one.

--with-vulns adds the vulnerabilities 'krait deps' finds in the pinned
packages (online through the OSV API, or from the local database with
--offline); advisories ignored in [tool.krait.deps] are left out.

The document's serial number is derived from its content. With
--deterministic (or SOURCE_DATE_EPOCH set) the timestamp is fixed too, so
the same input gives byte-identical output.

Flags may come before or after the paths; "--" ends the flags.
`

// sbomCmd implements `krait sbom`.
func (a *app) sbomCmd(ctx context.Context, args []string) int {
	flags := newFlagSet("sbom", "krait sbom [flags] [PATH...]", sbomHelp)
	format := flags.String("format", "cyclonedx", "output `FORMAT`: cyclonedx (CycloneDX 1.6 JSON) or spdx (SPDX 2.3 JSON)")
	output := flags.String("o", "", "write the SBOM to `FILE` instead of standard output")
	deterministic := flags.Bool("deterministic", false, "fixed timestamp (the Unix epoch, or SOURCE_DATE_EPOCH when set): byte-identical output for the same input")
	withVulns := flags.Bool("with-vulns", false, "add the known vulnerabilities of the pinned packages (CycloneDX vulnerabilities; SPDX security references)")
	noLicenses := flags.Bool("no-licenses", false, "do not detect licenses (no package index requests); components get NOASSERTION")
	df := inventoryFlags(flags, true)
	paths, code, ok := a.parseFlags(flags, args)
	if !ok {
		return code
	}
	switch *format {
	case "cyclonedx", "spdx":
	default:
		return a.usageError(flags, "unsupported --format %q (want cyclonedx or spdx)", *format)
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	r, code, ok := a.setupDeps(ctx, "sbom", flags, df, paths)
	if !ok {
		return code
	}
	ts, err := sbom.ResolveTime(*deterministic, a.getenv("SOURCE_DATE_EPOCH"), time.Now())
	if err != nil {
		fmt.Fprintf(a.stderr, "krait sbom: %v\n", err)
		return ExitUsage
	}
	project, err := projectOf(paths[0])
	if err != nil {
		fmt.Fprintf(a.stderr, "krait sbom: %v\n", err)
		return ExitUsage
	}
	a.warnProblems("sbom", r.inv.Problems)
	opts := sbom.Options{Project: project, Tool: sbom.Tool{Name: "krait", Version: a.version}, Timestamp: ts, Edges: lockEdges(r.inv.Packages)}
	if !*noLicenses {
		run, err := a.detectLicenses(ctx, r, licenseOptions{jobs: *df.jobs, today: time.Now()})
		if err != nil {
			return a.licenseError(ctx, "sbom", err)
		}
		a.warnIndexFailures("sbom", run.failures)
		opts.Licenses = sbomLicenses(run.entries)
	}
	if *withVulns {
		opts.Vulns, err = a.sbomVulns(ctx, r, *df.db)
		if err != nil {
			if ctx.Err() != nil {
				return a.interrupted("sbom")
			}
			fmt.Fprintf(a.stderr, "krait sbom: %v\n", err)
			if errors.Is(err, vulndb.ErrNoDatabase) {
				return ExitUsage
			}
			return ExitInternal
		}
	}
	doc, err := sbom.Build(r.inv.Packages, opts)
	if err != nil {
		fmt.Fprintf(a.stderr, "krait sbom: %v\n", err)
		return ExitInternal
	}
	w, ok := a.openOutput("sbom", *output)
	if !ok {
		return ExitUsage
	}
	if *format == "spdx" {
		err = spdx.Write(w, doc, spdx.Options{})
	} else {
		err = cyclonedx.Write(w, doc)
	}
	if err = w.close(err); err != nil {
		fmt.Fprintf(a.stderr, "krait sbom: %v\n", err)
		return ExitInternal
	}
	return ExitOK
}

// sbomLicenses returns the licenses detected, keyed for sbom.Build: the
// expression (or an override's), nothing for an unknown or ambiguous
// license (NOASSERTION), with the evidence.
func sbomLicenses(entries []*licenseEntry) map[sbom.Key]sbom.LicenseInfo {
	out := make(map[sbom.Key]sbom.LicenseInfo, len(entries))
	for _, e := range entries {
		info := sbom.LicenseInfo{Evidence: e.evidence()}
		switch {
		case e.Decision.Override != nil && e.Decision.Override.License != "":
			info.Expression = e.Decision.License
			info.Evidence = "override: " + e.Decision.Override.Reason
		case e.Result.Status == license.StatusDetected:
			info.Expression = e.Result.Expression
		case e.Result.Status == license.StatusAmbiguous:
			info.Evidence = "ambiguous (one of " + strings.Join(e.Result.Candidates, ", ") + "): " + e.evidence()
		}
		out[sbom.Key{Name: e.Normalized, Version: e.Version}] = info
	}
	return out
}

// sbomVulns matches the pinned packages of r's inventory against the
// advisories (the OSV API, or the local database with --offline) and
// returns the vulnerabilities found, without the ones ignored in
// [tool.krait.deps].
func (a *app) sbomVulns(ctx context.Context, r *depsRun, dbDir string) ([]sbom.Vuln, error) {
	var pkgs []inventory.Package
	names := map[string]bool{}
	for _, p := range r.inv.Packages {
		if p.Constraint || p.Normalized == "" || p.Version == "" || p.NotAuditable != "" {
			continue
		}
		pkgs = append(pkgs, p)
		names[p.Normalized] = true
	}
	if len(pkgs) == 0 {
		return nil, nil
	}
	src, closeSrc, err := a.advisorySource(ctx, r, dbDir)
	if err != nil {
		return nil, err
	}
	defer closeSrc()
	list := make([]string, 0, len(names))
	for n := range names {
		list = append(list, n)
	}
	slices.Sort(list)
	byName, err := src.Advisories(ctx, list)
	if err != nil {
		return nil, fmt.Errorf("fetching advisories: %w", err)
	}
	var records []*osv.Vulnerability
	seen := map[string]bool{}
	for _, n := range list {
		for _, v := range byName[n] {
			if v != nil && !seen[v.ID] {
				seen[v.ID] = true
				records = append(records, v)
			}
		}
	}
	ix := osv.NewIndex(records)
	now := time.Now()
	ignored := func(ids []string) bool {
		for _, ig := range r.deps.Ignores {
			if !ig.Expired(now) && slices.ContainsFunc(ids, func(id string) bool { return strings.EqualFold(id, ig.ID) }) {
				return true
			}
		}
		return false
	}
	var out []sbom.Vuln
	for _, p := range pkgs {
		res := ix.Query(p.Normalized, pep440.ParseLoose(p.Version))
		for _, m := range res.Matches {
			ids := append(slices.Clone(m.IDs), m.Aliases...)
			if ignored(ids) {
				continue
			}
			v := sbom.Vuln{ID: m.ID, Aliases: ids, Fixed: m.FixedVersions, Description: m.Summary, URL: m.URL,
				Package: p.Normalized, Version: p.Version}
			if m.Rating.Known() {
				v.Severity = m.Rating.Severity.String()
				v.Score, v.Method, v.Vector = m.Rating.Score, m.Rating.Type, m.Rating.Vector
			}
			out = append(out, v)
		}
	}
	return out, nil
}

// projectOf names the project of path (a directory, or a file in it): the
// [project] name and version of its pyproject.toml, else [tool.poetry]'s,
// else the directory's name without a version.
func projectOf(path string) (sbom.Project, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return sbom.Project{}, fmt.Errorf("%s: %w", path, err)
	}
	if fi, err := os.Stat(abs); err == nil && !fi.IsDir() {
		abs = filepath.Dir(abs)
	}
	p := sbom.Project{Name: filepath.Base(abs)}
	file := filepath.Join(abs, "pyproject.toml")
	data, err := os.ReadFile(file)
	if errors.Is(err, os.ErrNotExist) {
		return p, nil
	}
	if err != nil {
		return p, fmt.Errorf("%s: %w", file, err)
	}
	var doc struct {
		Project struct {
			Name    string `toml:"name"`
			Version string `toml:"version"`
		} `toml:"project"`
		Tool struct {
			Poetry struct {
				Name    string `toml:"name"`
				Version string `toml:"version"`
			} `toml:"poetry"`
		} `toml:"tool"`
	}
	if err := toml.Unmarshal(data, &doc); err != nil {
		// The inventory reports a malformed pyproject.toml; the SBOM
		// falls back to the directory's name.
		return p, nil
	}
	switch {
	case strings.TrimSpace(doc.Project.Name) != "":
		p.Name, p.Version = strings.TrimSpace(doc.Project.Name), strings.TrimSpace(doc.Project.Version)
	case strings.TrimSpace(doc.Tool.Poetry.Name) != "":
		p.Name, p.Version = strings.TrimSpace(doc.Tool.Poetry.Name), strings.TrimSpace(doc.Tool.Poetry.Version)
	}
	return p, nil
}

// lockEdges returns the dependency graph the lock files record: each
// package's name to the names it requires (nil when no lock says).
func lockEdges(pkgs []inventory.Package) map[string][]string {
	var edges map[string][]string
	for _, p := range pkgs {
		if p.Dependencies == nil || p.Normalized == "" {
			continue
		}
		if edges == nil {
			edges = make(map[string][]string)
		}
		edges[p.Normalized] = inventory.DependencyNames(append(edges[p.Normalized], p.Dependencies...))
	}
	return edges
}
