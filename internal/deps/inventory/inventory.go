// Package inventory holds the types every manifest and lock-file reader
// returns: the packages a project declares and the problems met while
// reading them.
package inventory

import (
	"sort"
	"strconv"

	"github.com/krait-dev/krait/internal/deps/pep440"
	"github.com/krait-dev/krait/internal/deps/pep503"
)

// Source kinds of a Package.
const (
	SourcePyPI     = "pypi"     // a name resolved from an index
	SourceURL      = "url"      // a direct archive URL (name @ https://..., bare URL)
	SourceVCS      = "vcs"      // a version-control URL (git+https://...)
	SourcePath     = "path"     // a local directory or archive
	SourceEditable = "editable" // -e / --editable
)

// Package is one dependency as declared in a manifest or lock file.
type Package struct {
	Name       string              // as written ("" when a URL or path names no project)
	Normalized string              // PEP 503 normal form of Name
	Version    string              // the exact pin (==V or ===V) as written; "" otherwise
	Specifiers pep440.SpecifierSet // the version specifiers; empty when absent
	Extras     []string            // as written, in order
	Marker     string              // the environment marker as written; "" when absent
	Direct     bool                // declared by the project itself (not a constraint or a transitive lock entry)
	Constraint bool                // from a constraints file: limits versions, installs nothing
	Group      string              // dependency group or extra it belongs to, when the format has groups
	File       string              // the file that declares it, as given or joined from includes
	Line       int                 // 1-based line of the declaration (first line of a continued one)
	Hashes     []string            // "algorithm:hex" as written
	Source     string              // one of the Source* constants
	URL        string              // the URL or path for non-index sources
	// Dependencies are the PEP 503 names of the packages this one
	// requires, sorted, when a lock file records them (uv.lock,
	// poetry.lock, pdm.lock): empty, not nil, for a package that requires
	// nothing; nil when unknown.
	Dependencies []string
	// ManifestFile and ManifestLine locate the manifest declaration of a
	// locked package (pyproject.toml, Pipfile, ...) when a lock file and
	// the manifest beside it were merged; ManifestSpecifiers are the
	// specifiers declared there. Empty for packages read from a manifest.
	ManifestFile       string
	ManifestLine       int
	ManifestSpecifiers pep440.SpecifierSet
	// NotAuditable is the reason the package cannot be matched against
	// advisories by name and version (editable, VCS, path, URL, ...);
	// empty when it can be.
	NotAuditable string
}

// Problem is a recoverable issue met while reading a file: an invalid line,
// an include cycle, an unreadable included file. Readers report problems and
// carry on.
type Problem struct {
	File string
	Line int // 1-based; 0 when the problem concerns the whole file
	Msg  string
}

// String formats the problem as "file:line: msg".
func (p Problem) String() string {
	if p.Line > 0 {
		return p.File + ":" + strconv.Itoa(p.Line) + ": " + p.Msg
	}
	return p.File + ": " + p.Msg
}

// DependencyNames returns the sorted, de-duplicated PEP 503 forms of
// names, for Package.Dependencies: never nil, since a lock that lists no
// dependency says the package has none.
func DependencyNames(names []string) []string {
	seen := make(map[string]bool, len(names))
	out := make([]string, 0, len(names))
	for _, n := range names {
		n = pep503.Normalize(n)
		if n != "" && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}
