// Package installed reads the packages installed in a Python environment:
// a virtualenv (or any prefix) or a site-packages directory itself.
//
// Decisions:
//
//   - root is searched, in this order, for lib/python3.*/site-packages,
//     lib64/python3.*/site-packages and Lib/site-packages (Windows
//     layouts); every one found is read. When none exists, root itself is
//     read as a site-packages directory. A root that does not exist or is
//     not a directory is an error naming it.
//   - Each *.dist-info directory contributes its METADATA; each *.egg-info
//     its PKG-INFO (a directory) or itself (a file, as written by
//     distutils). Name and Version come from the headers, not the entry
//     name; when a header is missing the entry name supplies it and a
//     problem says so.
//   - Packages are Source "pypi" with Direct unset (an environment does not
//     say what the project asked for); File is the metadata file and Line
//     the line of the Version header (0 when it came from the entry name).
//   - The same normalised name installed twice keeps both packages and adds
//     a problem naming both files.
//   - Unreadable, oversized or malformed metadata is a problem and reading
//     carries on; more than MaxEntries entries in one directory is a
//     problem and the rest are skipped.
package installed

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/krait-dev/krait/internal/deps/inventory"
	"github.com/krait-dev/krait/internal/deps/pep503"
)

// MaxEntries bounds the number of directory entries read from one
// site-packages directory.
const MaxEntries = 100000

// Options tunes Parse. The zero value uses the default limits.
type Options struct {
	// MaxEntries overrides the per-directory entry limit when positive.
	MaxEntries int
}

// Parse reads the environment at root. It returns the installed packages
// sorted by site-packages directory and entry name, the problems met, and
// an error only when root cannot be read or ctx is cancelled.
func Parse(ctx context.Context, root string, opts Options) (pkgs []inventory.Package, problems []inventory.Problem, err error) {
	if opts.MaxEntries <= 0 {
		opts.MaxEntries = MaxEntries
	}
	info, err := os.Stat(root)
	if err != nil {
		return nil, nil, fmt.Errorf("environment %s: %w", root, err)
	}
	if !info.IsDir() {
		return nil, nil, fmt.Errorf("environment %s: not a directory", root)
	}
	dirs, err := SitePackages(root)
	if err != nil {
		return nil, nil, err
	}
	seen := map[string]int{} // normalized name -> index in pkgs
	for _, dir := range dirs {
		ps, probs, err := parseDir(ctx, dir, opts)
		problems = append(problems, probs...)
		for _, p := range ps {
			if i, ok := seen[p.Normalized]; ok {
				problems = append(problems, inventory.Problem{File: p.File, Line: p.Line,
					Msg: fmt.Sprintf("%s installed twice: %s %s and %s %s", p.Normalized, pkgs[i].Version, pkgs[i].File, p.Version, p.File)})
			} else {
				seen[p.Normalized] = len(pkgs)
			}
			pkgs = append(pkgs, p)
		}
		if err != nil {
			return pkgs, problems, err
		}
	}
	return pkgs, problems, nil
}

// SitePackages returns the site-packages directories of the environment at
// root, or root itself when it has none.
func SitePackages(root string) ([]string, error) {
	var dirs []string
	for _, pat := range []string{
		filepath.Join(root, "lib", "python3*", "site-packages"),
		filepath.Join(root, "lib64", "python3*", "site-packages"),
		filepath.Join(root, "Lib", "site-packages"),
	} {
		m, err := filepath.Glob(pat)
		if err != nil {
			return nil, fmt.Errorf("environment %s: %w", root, err)
		}
		sort.Strings(m)
		for _, d := range m {
			if fi, err := os.Stat(d); err != nil || !fi.IsDir() {
				continue
			}
			dirs = appendUnique(dirs, d)
		}
	}
	if len(dirs) == 0 {
		dirs = []string{root}
	}
	return dirs, nil
}

// appendUnique skips a directory already listed through a symlink (lib64
// is often a link to lib) or a case-insensitive file system.
func appendUnique(dirs []string, d string) []string {
	fd, err := os.Stat(d)
	if err != nil {
		return dirs
	}
	for _, x := range dirs {
		if fx, err := os.Stat(x); err == nil && os.SameFile(fx, fd) {
			return dirs
		}
	}
	return append(dirs, d)
}

func parseDir(ctx context.Context, dir string, opts Options) (pkgs []inventory.Package, problems []inventory.Problem, err error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, []inventory.Problem{{File: dir, Msg: err.Error()}}, nil
	}
	entries, err := f.ReadDir(opts.MaxEntries + 1)
	f.Close()
	if err != nil && err != io.EOF {
		problems = append(problems, inventory.Problem{File: dir, Msg: err.Error()})
	}
	if len(entries) > opts.MaxEntries {
		entries = entries[:opts.MaxEntries]
		problems = append(problems, inventory.Problem{File: dir, Msg: fmt.Sprintf("more than %d entries; the rest are not read", opts.MaxEntries)})
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	for _, e := range entries {
		if err := ctx.Err(); err != nil {
			return pkgs, problems, err
		}
		name := e.Name()
		entry := filepath.Join(dir, name)
		var file string
		switch {
		case strings.HasSuffix(name, ".dist-info"):
			file = filepath.Join(entry, "METADATA")
		case strings.HasSuffix(name, ".egg-info"):
			fi, err := os.Stat(entry)
			if err != nil {
				problems = append(problems, inventory.Problem{File: entry, Msg: err.Error()})
				continue
			}
			if fi.IsDir() {
				file = filepath.Join(entry, "PKG-INFO")
			} else {
				file = entry
			}
		default:
			continue
		}
		p, probs := readEntry(name, file)
		problems = append(problems, probs...)
		if p != nil {
			pkgs = append(pkgs, *p)
		}
	}
	return pkgs, problems, nil
}

func readEntry(entryName, file string) (*inventory.Package, []inventory.Problem) {
	var problems []inventory.Problem
	md, err := readMetadata(file)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) && pe.Path == file {
			err = pe.Err // the problem names the file already
		}
		problems = append(problems, inventory.Problem{File: file, Msg: err.Error()})
	}
	dirName, dirVersion := splitEntryName(entryName)
	p := inventory.Package{
		Name:    md.Name,
		Version: md.Version,
		File:    file,
		Line:    md.VersionLine,
		Source:  inventory.SourcePyPI,
	}
	if p.Name == "" {
		if dirName == "" {
			problems = append(problems, inventory.Problem{File: file, Msg: "no Name header and no name in " + entryName + "; entry skipped"})
			return nil, problems
		}
		p.Name = dirName
		problems = append(problems, inventory.Problem{File: file, Msg: "no Name header; using " + dirName + " from " + entryName})
	}
	if p.Version == "" {
		p.Line = 0
		if dirVersion != "" {
			p.Version = dirVersion
			problems = append(problems, inventory.Problem{File: file, Msg: "no Version header; using " + dirVersion + " from " + entryName})
		} else {
			problems = append(problems, inventory.Problem{File: file, Msg: "no Version header and no version in " + entryName})
		}
	}
	p.Normalized = pep503.Normalize(p.Name)
	return &p, problems
}

func readMetadata(file string) (Metadata, error) {
	f, err := os.Open(file)
	if err != nil {
		return Metadata{}, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return Metadata{}, err
	}
	if !fi.Mode().IsRegular() {
		return Metadata{}, fmt.Errorf("not a regular file")
	}
	if fi.Size() > MaxMetadataSize {
		return Metadata{}, fmt.Errorf("%d bytes, larger than the limit of %d", fi.Size(), MaxMetadataSize)
	}
	return ParseMetadata(f)
}

// splitEntryName takes the project name and version from an entry name:
// "name-version.dist-info", "name-version-py3.11.egg-info",
// "name.egg-info" (no version).
func splitEntryName(entry string) (name, version string) {
	base := strings.TrimSuffix(strings.TrimSuffix(entry, ".dist-info"), ".egg-info")
	parts := strings.Split(base, "-")
	name = parts[0]
	if len(parts) > 1 {
		version = parts[1]
	}
	return name, version
}
