// Package poetrylock reads Poetry's lock file, poetry.lock.
//
// Both layouts are read: lock-version 1.x, where each [[package]] has a
// category ("main" or "dev") and the hashes live in [metadata.files] keyed
// by package name, and lock-version 2.x, where each [[package]] lists its
// files with their hashes and Poetry 2 writes a groups array.
//
// Decisions:
//
//   - Group is the category, or the first entry of groups ("main" when it
//     is listed). poetry.lock does not record which packages the project
//     declares itself, so Direct is never set here: pyproject.toml says so.
//   - Packages from PyPI or from a named index (source type "legacy") are
//     auditable (Source pypi; a legacy index keeps its URL). git, url, file
//     and directory sources are returned with NotAuditable giving the
//     reason; a directory with develop = true is editable.
//   - Line is the line of the entry's [[package]] header.
//   - A file that is not valid TOML, unreadable, not a regular file or
//     larger than MaxFileSize is an error; an entry without a name or
//     version is a problem and is skipped.
package poetrylock

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/pelletier/go-toml/v2"

	"github.com/krait-dev/krait/internal/deps/inventory"
	"github.com/krait-dev/krait/internal/deps/pep503"
)

// MaxFileSize is the default limit on the size of a poetry.lock file.
const MaxFileSize = 64 << 20

// Options tunes Parse. The zero value uses the default limits.
type Options struct {
	// MaxFileSize overrides the size limit when positive.
	MaxFileSize int64
}

type file struct {
	File string `toml:"file"`
	Hash string `toml:"hash"`
}

type entry struct {
	Name     string   `toml:"name"`
	Version  string   `toml:"version"`
	Category string   `toml:"category"`
	Groups   []string `toml:"groups"`
	Develop  bool     `toml:"develop"`
	Files    []file   `toml:"files"`
	// Dependencies maps the names it requires to their constraints.
	Dependencies map[string]any `toml:"dependencies"`
	Source       *struct {
		Type      string `toml:"type"`
		URL       string `toml:"url"`
		Reference string `toml:"reference"`
		Resolved  string `toml:"resolved_reference"`
	} `toml:"source"`
}

type lockFile struct {
	Package  []entry `toml:"package"`
	Metadata struct {
		LockVersion string            `toml:"lock-version"`
		Files       map[string][]file `toml:"files"`
	} `toml:"metadata"`
}

// Parse reads the poetry.lock file at path. It returns the locked packages
// in file order, the problems met, and an error only when the file cannot
// be read or is not valid TOML, or ctx is cancelled.
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

// ParseBytes parses data as the poetry.lock file named path.
func ParseBytes(ctx context.Context, path string, data []byte) ([]inventory.Package, []inventory.Problem, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var lf lockFile
	if err := toml.Unmarshal(data, &lf); err != nil {
		return nil, nil, fmt.Errorf("poetry.lock %s: %w", path, err)
	}
	var problems []inventory.Problem
	problem := func(line int, format string, args ...any) {
		problems = append(problems, inventory.Problem{File: path, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	if lf.Metadata.LockVersion == "" {
		problem(0, "no [metadata] lock-version")
	}
	oldFiles := map[string][]file{}
	for k, v := range lf.Metadata.Files {
		oldFiles[pep503.Normalize(k)] = v
	}
	lines := headerLines(data, "[[package]]")
	var pkgs []inventory.Package
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
		if e.Version == "" {
			problem(line, "package %s has no version", e.Name)
			continue
		}
		p := inventory.Package{
			Name:       e.Name,
			Normalized: pep503.Normalize(e.Name),
			Version:    e.Version,
			File:       path,
			Line:       line,
			Source:     inventory.SourcePyPI,
			Group:      e.Category,
		}
		var deps []string
		for d := range e.Dependencies {
			deps = append(deps, d)
		}
		p.Dependencies = inventory.DependencyNames(deps)
		if !pep503.Valid(e.Name) {
			problem(line, "invalid package name %q", e.Name)
		}
		if len(e.Groups) > 0 {
			p.Group = e.Groups[0]
			for _, g := range e.Groups {
				if g == "main" {
					p.Group = g
				}
			}
		}
		if s := e.Source; s != nil {
			switch s.Type {
			case "", "legacy", "pypi":
				p.URL = s.URL
			case "git", "hg", "svn", "bzr":
				u := s.URL
				if s.Resolved != "" {
					u += "@" + s.Resolved
				} else if s.Reference != "" {
					u += "@" + s.Reference
				}
				p.Source, p.URL, p.NotAuditable = inventory.SourceVCS, s.Type+"+"+u, "VCS source"
			case "url":
				p.Source, p.URL, p.NotAuditable = inventory.SourceURL, s.URL, "direct URL source"
			case "file":
				p.Source, p.URL, p.NotAuditable = inventory.SourcePath, s.URL, "local file source"
			case "directory":
				if e.Develop {
					p.Source, p.URL, p.NotAuditable = inventory.SourceEditable, s.URL, "editable local source"
				} else {
					p.Source, p.URL, p.NotAuditable = inventory.SourcePath, s.URL, "local directory source"
				}
			default:
				problem(line, "package %s: unknown source type %q", e.Name, s.Type)
				p.URL = s.URL
			}
		}
		files := e.Files
		if len(files) == 0 {
			files = oldFiles[p.Normalized]
		}
		seen := map[string]bool{}
		for _, f := range files {
			if f.Hash == "" || seen[f.Hash] {
				continue
			}
			if !strings.Contains(f.Hash, ":") {
				problem(line, "package %s: hash %q has no algorithm", e.Name, f.Hash)
			}
			seen[f.Hash] = true
			p.Hashes = append(p.Hashes, f.Hash)
		}
		pkgs = append(pkgs, p)
	}
	return pkgs, problems, nil
}

// headerLines returns the 1-based lines on which header stands alone
// (leading blanks and a trailing comment allowed), in order.
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
		return nil, fmt.Errorf("poetry.lock %s: %w", path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("poetry.lock %s: %w", path, err)
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("poetry.lock %s: not a regular file", path)
	}
	if info.Size() > limit {
		return nil, fmt.Errorf("poetry.lock %s: %d bytes, larger than the limit of %d", path, info.Size(), limit)
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("poetry.lock %s: %w", path, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("poetry.lock %s: larger than %d bytes", path, limit)
	}
	return data, nil
}
