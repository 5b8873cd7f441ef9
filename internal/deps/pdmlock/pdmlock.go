// Package pdmlock reads PDM's lock file, pdm.lock.
//
// Decisions:
//
//   - Every [[package]] entry is returned, in file order, except an entry
//     that repeats an earlier one's name and version to lock extras (PDM
//     writes requests with extras = ["socks"] as a second entry): its extras
//     are added to the earlier package instead, so one install is one
//     package.
//   - Group is the first of the entry's groups, with PDM's "default" group
//     reported as "main" (and preferred when listed). pdm.lock does not
//     record which packages the project declares itself, so Direct is never
//     set here: pyproject.toml says so.
//   - Entries resolved from an index are auditable (Source pypi). git, hg,
//     svn and bzr entries, url entries and path entries (editable when
//     editable = true) are returned with NotAuditable giving the reason.
//   - Hashes come from the entry's files array.
//   - Line is the line of the entry's [[package]] header.
//   - A file that is not valid TOML, unreadable, not a regular file or
//     larger than MaxFileSize is an error; an entry without a name, or an
//     index entry without a version, is a problem and is skipped.
package pdmlock

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"github.com/pelletier/go-toml/v2"

	"github.com/krait-dev/krait/internal/deps/inventory"
	"github.com/krait-dev/krait/internal/deps/pep503"
	"github.com/krait-dev/krait/internal/deps/pep508"
)

// MaxFileSize is the default limit on the size of a pdm.lock file.
const MaxFileSize = 64 << 20

// Options tunes Parse. The zero value uses the default limits.
type Options struct {
	// MaxFileSize overrides the size limit when positive.
	MaxFileSize int64
}

type file struct {
	File string `toml:"file"`
	URL  string `toml:"url"`
	Hash string `toml:"hash"`
}

type entry struct {
	Name     string   `toml:"name"`
	Version  string   `toml:"version"`
	Groups   []string `toml:"groups"`
	Extras   []string `toml:"extras"`
	Marker   string   `toml:"marker"`
	Files    []file   `toml:"files"`
	Git      string   `toml:"git"`
	Hg       string   `toml:"hg"`
	Svn      string   `toml:"svn"`
	Bzr      string   `toml:"bzr"`
	Ref      string   `toml:"ref"`
	Revision string   `toml:"revision"`
	URL      string   `toml:"url"`
	Path     string   `toml:"path"`
	Editable bool     `toml:"editable"`
	// Dependencies are requirement strings ("requests>=2.0").
	Dependencies []string `toml:"dependencies"`
}

type lockFile struct {
	Metadata struct {
		LockVersion string `toml:"lock_version"`
	} `toml:"metadata"`
	Package []entry `toml:"package"`
}

// Parse reads the pdm.lock file at path. It returns the locked packages in
// file order, the problems met, and an error only when the file cannot be
// read or is not valid TOML, or ctx is cancelled.
func Parse(ctx context.Context, path string, opts Options) ([]inventory.Package, []inventory.Problem, error) {
	if opts.MaxFileSize <= 0 {
		opts.MaxFileSize = MaxFileSize
	}
	data, err := readFile(path, opts.MaxFileSize)
	if err != nil {
		return nil, nil, err
	}
	return ParseBytes(ctx, path, data)
}

// ParseBytes parses data as the pdm.lock file named path.
func ParseBytes(ctx context.Context, path string, data []byte) ([]inventory.Package, []inventory.Problem, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var lf lockFile
	if err := toml.Unmarshal(data, &lf); err != nil {
		return nil, nil, fmt.Errorf("pdm.lock %s: %w", path, err)
	}
	var problems []inventory.Problem
	problem := func(line int, format string, args ...any) {
		problems = append(problems, inventory.Problem{File: path, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	if lf.Metadata.LockVersion == "" {
		problem(0, "no [metadata] lock_version")
	}
	lines := headerLines(data, "[[package]]")
	var pkgs []inventory.Package
	index := map[string]int{} // normalized name + version -> index in pkgs
	for i, e := range lf.Package {
		if err := ctx.Err(); err != nil {
			return pkgs, problems, err
		}
		line := 0
		if i < len(lines) {
			line = lines[i]
		}
		if e.Name == "" {
			problem(line, "package entry without a name")
			continue
		}
		p := inventory.Package{
			Name:         e.Name,
			Normalized:   pep503.Normalize(e.Name),
			Version:      e.Version,
			Marker:       e.Marker,
			Extras:       e.Extras,
			File:         path,
			Line:         line,
			Source:       inventory.SourcePyPI,
			Dependencies: requirementNames(e.Dependencies),
		}
		if !pep503.Valid(e.Name) {
			problem(line, "invalid package name %q", e.Name)
		}
		key := p.Normalized + "\x00" + e.Version
		if j, ok := index[key]; ok {
			pkgs[j].Extras = appendNew(pkgs[j].Extras, e.Extras)
			continue
		}
		if len(e.Groups) > 0 {
			p.Group = e.Groups[0]
			for _, g := range e.Groups {
				if g == "default" {
					p.Group = g
				}
			}
			if p.Group == "default" {
				p.Group = "main"
			}
		}
		vcs := func(kind, u string) {
			u = strings.TrimPrefix(u, kind+"+")
			if e.Revision != "" {
				u += "@" + e.Revision
			} else if e.Ref != "" {
				u += "@" + e.Ref
			}
			p.Source, p.URL, p.NotAuditable = inventory.SourceVCS, kind+"+"+u, "VCS source"
		}
		switch {
		case e.Git != "":
			vcs("git", e.Git)
		case e.Hg != "":
			vcs("hg", e.Hg)
		case e.Svn != "":
			vcs("svn", e.Svn)
		case e.Bzr != "":
			vcs("bzr", e.Bzr)
		case e.Path != "":
			p.Source, p.URL, p.NotAuditable = inventory.SourcePath, e.Path, "local path source"
			if e.Editable {
				p.Source, p.NotAuditable = inventory.SourceEditable, "editable local source"
			}
		case e.URL != "":
			p.Source, p.URL, p.NotAuditable = inventory.SourceURL, e.URL, "direct URL source"
		}
		if e.Version == "" && p.Source == inventory.SourcePyPI {
			problem(line, "package %s has no version", e.Name)
			continue
		}
		seen := map[string]bool{}
		for _, f := range e.Files {
			if f.Hash == "" || seen[f.Hash] {
				continue
			}
			if !strings.Contains(f.Hash, ":") {
				problem(line, "package %s: hash %q has no algorithm", e.Name, f.Hash)
			}
			seen[f.Hash] = true
			p.Hashes = append(p.Hashes, f.Hash)
		}
		index[key] = len(pkgs)
		pkgs = append(pkgs, p)
	}
	return pkgs, problems, nil
}

// appendNew appends the strings of add not already in list.
func appendNew(list, add []string) []string {
	for _, a := range add {
		found := false
		for _, l := range list {
			if l == a {
				found = true
				break
			}
		}
		if !found {
			list = append(list, a)
		}
	}
	return list
}

// requirementNames returns the project names of requirement strings, for
// Package.Dependencies; one that does not parse is left out.
func requirementNames(reqs []string) []string {
	var names []string
	for _, r := range reqs {
		if req, err := pep508.ParseRequirement(r); err == nil {
			names = append(names, req.Name)
		}
	}
	return inventory.DependencyNames(names)
}
