// Package uvlock reads uv's lock file, uv.lock.
//
// Decisions:
//
//   - Every [[package]] entry is returned except the project itself: an
//     entry whose source is editable or virtual at "." or whose name is a
//     workspace member listed in [manifest] members. Its dependencies,
//     optional-dependencies and dev-dependencies mark the packages they name
//     as Direct, with Group "main", the extra's name, or the dev group's name.
//   - Registry entries are auditable (Source pypi). git, url, path,
//     directory, editable and virtual sources are returned with
//     NotAuditable giving the reason.
//   - Hashes come from the sdist and the wheels, deduplicated, in order.
//   - Line is the line of the entry's [[package]] header.
//   - A file that is not valid TOML, unreadable, not a regular file or
//     larger than MaxFileSize is an error; an entry without a name or
//     version is a problem and is skipped (versionless non-registry
//     entries are kept).
package uvlock

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/pelletier/go-toml/v2"

	"github.com/krait-dev/krait/internal/deps/inventory"
	"github.com/krait-dev/krait/internal/deps/pep503"
)

// MaxFileSize is the default limit on the size of a uv.lock file.
const MaxFileSize = 64 << 20

// Options tunes Parse. The zero value uses the default limits.
type Options struct {
	// MaxFileSize overrides the size limit when positive.
	MaxFileSize int64
}

type dep struct {
	Name string `toml:"name"`
}

type artifact struct {
	URL  string `toml:"url"`
	Path string `toml:"path"`
	Hash string `toml:"hash"`
}

type source struct {
	Registry  string `toml:"registry"`
	Git       string `toml:"git"`
	URL       string `toml:"url"`
	Path      string `toml:"path"`
	Directory string `toml:"directory"`
	Editable  string `toml:"editable"`
	Virtual   string `toml:"virtual"`
}

type entry struct {
	Name                 string           `toml:"name"`
	Version              string           `toml:"version"`
	Source               source           `toml:"source"`
	Dependencies         []dep            `toml:"dependencies"`
	OptionalDependencies map[string][]dep `toml:"optional-dependencies"`
	DevDependencies      map[string][]dep `toml:"dev-dependencies"`
	Sdist                *artifact        `toml:"sdist"`
	Wheels               []artifact       `toml:"wheels"`
}

type lockFile struct {
	Version  int `toml:"version"`
	Manifest struct {
		Members []string `toml:"members"`
	} `toml:"manifest"`
	Package []entry `toml:"package"`
}

// Parse reads the uv.lock file at path. It returns the locked packages in
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

// ParseBytes parses data as the uv.lock file named path.
func ParseBytes(ctx context.Context, path string, data []byte) ([]inventory.Package, []inventory.Problem, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var lf lockFile
	if err := toml.Unmarshal(data, &lf); err != nil {
		return nil, nil, fmt.Errorf("uv.lock %s: %w", path, err)
	}
	var problems []inventory.Problem
	problem := func(line int, format string, args ...any) {
		problems = append(problems, inventory.Problem{File: path, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	if lf.Version == 0 {
		problem(0, "no lock file version")
	} else if lf.Version > 1 {
		problem(0, "lock file version %d is newer than the supported version 1", lf.Version)
	}
	lines := headerLines(data, "[[package]]")
	members := map[string]bool{}
	for _, m := range lf.Manifest.Members {
		members[pep503.Normalize(m)] = true
	}
	// First pass: roots and the groups of their direct dependencies.
	groups := map[string]string{}
	isRoot := make([]bool, len(lf.Package))
	for i, e := range lf.Package {
		s := e.Source
		if s.Editable == "." || s.Virtual == "." || members[pep503.Normalize(e.Name)] {
			isRoot[i] = true
			mark := func(deps []dep, group string) {
				for _, d := range deps {
					n := pep503.Normalize(d.Name)
					if _, ok := groups[n]; !ok {
						groups[n] = group
					}
				}
			}
			mark(e.Dependencies, "main")
			for _, g := range sortedKeys(e.OptionalDependencies) {
				mark(e.OptionalDependencies[g], g)
			}
			for _, g := range sortedKeys(e.DevDependencies) {
				mark(e.DevDependencies[g], g)
			}
		}
	}
	var pkgs []inventory.Package
	for i, e := range lf.Package {
		if err := ctx.Err(); err != nil {
			return pkgs, problems, err
		}
		line := 0
		if i < len(lines) {
			line = lines[i]
		}
		if isRoot[i] {
			continue
		}
		if e.Name == "" {
			problem(line, "package entry without a name")
			continue
		}
		p := inventory.Package{
			Name:       e.Name,
			Normalized: pep503.Normalize(e.Name),
			Version:    e.Version,
			File:       path,
			Line:       line,
			Source:     inventory.SourcePyPI,
		}
		var deps []string
		for _, d := range e.Dependencies {
			deps = append(deps, d.Name)
		}
		p.Dependencies = inventory.DependencyNames(deps)
		if !pep503.Valid(e.Name) {
			problem(line, "invalid package name %q", e.Name)
		}
		if g, ok := groups[p.Normalized]; ok {
			p.Direct, p.Group = true, g
		}
		s := e.Source
		switch {
		case s.Registry != "":
		case s.Git != "":
			p.Source, p.URL, p.NotAuditable = inventory.SourceVCS, s.Git, "VCS source"
		case s.URL != "":
			p.Source, p.URL, p.NotAuditable = inventory.SourceURL, s.URL, "direct URL source"
		case s.Editable != "":
			p.Source, p.URL, p.NotAuditable = inventory.SourceEditable, s.Editable, "editable local source"
		case s.Virtual != "":
			p.Source, p.URL, p.NotAuditable = inventory.SourcePath, s.Virtual, "virtual workspace package"
		case s.Directory != "":
			p.Source, p.URL, p.NotAuditable = inventory.SourcePath, s.Directory, "local directory source"
		case s.Path != "":
			p.Source, p.URL, p.NotAuditable = inventory.SourcePath, s.Path, "local path source"
		default:
			problem(line, "package %s has no source", e.Name)
		}
		if e.Version == "" && p.Source == inventory.SourcePyPI {
			problem(line, "package %s has no version", e.Name)
			continue
		}
		seen := map[string]bool{}
		add := func(h string) {
			if h == "" || seen[h] {
				return
			}
			if !strings.Contains(h, ":") {
				problem(line, "package %s: hash %q has no algorithm", e.Name, h)
			}
			seen[h] = true
			p.Hashes = append(p.Hashes, h)
		}
		if e.Sdist != nil {
			add(e.Sdist.Hash)
		}
		for _, w := range e.Wheels {
			add(w.Hash)
		}
		pkgs = append(pkgs, p)
	}
	return pkgs, problems, nil
}

func sortedKeys(m map[string][]dep) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// headerLines returns the 1-based lines on which header starts a line
// (ignoring leading blanks), in order.
func headerLines(data []byte, header string) []int {
	var out []int
	for i, l := range strings.Split(string(data), "\n") {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, header) {
			rest := strings.TrimSpace(l[len(header):])
			if rest == "" || strings.HasPrefix(rest, "#") {
				out = append(out, i+1)
			}
		}
	}
	return out
}

func readFile(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("uv.lock %s: %w", path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("uv.lock %s: %w", path, err)
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("uv.lock %s: not a regular file", path)
	}
	if info.Size() > limit {
		return nil, fmt.Errorf("uv.lock %s: %d bytes, larger than the limit of %d", path, info.Size(), limit)
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("uv.lock %s: %w", path, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("uv.lock %s: larger than %d bytes", path, limit)
	}
	return data, nil
}
