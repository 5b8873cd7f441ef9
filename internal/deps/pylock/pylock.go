// Package pylock reads the standard Python lock file of PEP 751,
// pylock.toml (and pylock.NAME.toml).
//
// Decisions:
//
//   - Every [[packages]] entry is returned. Entries installed from an
//     index (sdist or wheels) are auditable (Source pypi, URL the index
//     when given); vcs, directory and archive entries are returned with
//     NotAuditable giving the reason (a directory with editable = true is
//     editable).
//   - Hashes come from the sdist, the wheels and the archive, as
//     "algorithm:hex" (algorithms of one file in sorted order),
//     deduplicated.
//   - The format records no direct dependencies, so Direct is never set.
//     A marker of the form "'NAME' in dependency_groups" or
//     "'NAME' in extras" gives Group NAME; the marker is kept as written.
//   - Line is the line of the entry's [[packages]] header.
//   - A file that is not valid TOML, unreadable, not a regular file or
//     larger than MaxFileSize is an error, as is a lock-version other than
//     1.x (PEP 751 requires readers to refuse a newer major version); an
//     entry without a name, or an index entry without a version, is a
//     problem and is skipped.
package pylock

import (
	"bytes"
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/pelletier/go-toml/v2"

	"github.com/krait-dev/krait/internal/deps/inventory"
	"github.com/krait-dev/krait/internal/deps/pep503"
)

// MaxFileSize is the default limit on the size of a pylock.toml file.
const MaxFileSize = 64 << 20

// Options tunes Parse. The zero value uses the default limits.
type Options struct {
	// MaxFileSize overrides the size limit when positive.
	MaxFileSize int64
}

type file struct {
	Name   string            `toml:"name"`
	URL    string            `toml:"url"`
	Path   string            `toml:"path"`
	Hashes map[string]string `toml:"hashes"`
}

type entry struct {
	Name    string `toml:"name"`
	Version string `toml:"version"`
	Marker  string `toml:"marker"`
	Index   string `toml:"index"`
	Sdist   *file  `toml:"sdist"`
	Wheels  []file `toml:"wheels"`
	Archive *file  `toml:"archive"`
	VCS     *struct {
		Type              string `toml:"type"`
		URL               string `toml:"url"`
		Path              string `toml:"path"`
		RequestedRevision string `toml:"requested-revision"`
		CommitID          string `toml:"commit-id"`
	} `toml:"vcs"`
	Directory *struct {
		Path     string `toml:"path"`
		Editable bool   `toml:"editable"`
	} `toml:"directory"`
}

type lockFile struct {
	LockVersion string  `toml:"lock-version"`
	Packages    []entry `toml:"packages"`
}

// groupMarker is immutable after initialisation.
var groupMarker = regexp.MustCompile(`['"]([^'"]+)['"]\s+in\s+(dependency_groups|extras)\b`)

// Parse reads the pylock.toml file at path. It returns the locked packages
// in file order, the problems met, and an error only when the file cannot
// be read, is not valid TOML or has an unsupported lock-version, or ctx is
// cancelled.
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

// ParseBytes parses data as the pylock.toml file named path.
func ParseBytes(ctx context.Context, path string, data []byte) ([]inventory.Package, []inventory.Problem, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var lf lockFile
	if err := toml.Unmarshal(data, &lf); err != nil {
		return nil, nil, fmt.Errorf("pylock.toml %s: %w", path, err)
	}
	var problems []inventory.Problem
	problem := func(line int, format string, args ...any) {
		problems = append(problems, inventory.Problem{File: path, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	switch {
	case lf.LockVersion == "":
		problem(0, "no lock-version")
	case lf.LockVersion != "1" && !strings.HasPrefix(lf.LockVersion, "1."):
		return nil, nil, fmt.Errorf("pylock.toml %s: unsupported lock-version %q", path, lf.LockVersion)
	}
	lines := headerLines(data, "[[packages]]")
	var pkgs []inventory.Package
	for i, e := range lf.Packages {
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
			Name:       e.Name,
			Normalized: pep503.Normalize(e.Name),
			Version:    e.Version,
			Marker:     e.Marker,
			File:       path,
			Line:       line,
			Source:     inventory.SourcePyPI,
			URL:        e.Index,
		}
		if !pep503.Valid(e.Name) {
			problem(line, "invalid package name %q", e.Name)
		}
		if m := groupMarker.FindStringSubmatch(e.Marker); m != nil {
			p.Group = m[1]
		}
		kinds := 0
		if e.VCS != nil {
			kinds++
			u := e.VCS.URL
			if u == "" {
				u = e.VCS.Path
			}
			if rev := e.VCS.CommitID; rev != "" {
				u += "@" + rev
			}
			p.Source, p.URL, p.NotAuditable = inventory.SourceVCS, e.VCS.Type+"+"+u, "VCS source"
		}
		if e.Directory != nil {
			kinds++
			p.Source, p.URL, p.NotAuditable = inventory.SourcePath, e.Directory.Path, "local directory source"
			if e.Directory.Editable {
				p.Source, p.NotAuditable = inventory.SourceEditable, "editable local source"
			}
		}
		if e.Archive != nil {
			kinds++
			if e.Archive.URL != "" {
				p.Source, p.URL, p.NotAuditable = inventory.SourceURL, e.Archive.URL, "direct URL source"
			} else {
				p.Source, p.URL, p.NotAuditable = inventory.SourcePath, e.Archive.Path, "local archive source"
			}
		}
		if e.Sdist != nil || len(e.Wheels) > 0 {
			kinds++
		}
		if kinds != 1 {
			problem(line, "package %s: want exactly one of vcs, directory, archive or sdist/wheels, got %d", e.Name, kinds)
		}
		if e.Version == "" && p.Source == inventory.SourcePyPI {
			problem(line, "package %s has no version", e.Name)
			continue
		}
		seen := map[string]bool{}
		add := func(f *file) {
			if f == nil {
				return
			}
			algs := make([]string, 0, len(f.Hashes))
			for a := range f.Hashes {
				algs = append(algs, a)
			}
			sort.Strings(algs)
			for _, a := range algs {
				h := a + ":" + f.Hashes[a]
				if !seen[h] {
					seen[h] = true
					p.Hashes = append(p.Hashes, h)
				}
			}
		}
		add(e.Sdist)
		for i := range e.Wheels {
			add(&e.Wheels[i])
		}
		add(e.Archive)
		pkgs = append(pkgs, p)
	}
	return pkgs, problems, nil
}
