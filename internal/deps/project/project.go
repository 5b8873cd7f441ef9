// Package project finds the dependency files of a Python project and merges
// what they declare into one inventory: the packages to audit, each with the
// file and line that declares it.
//
// Rules:
//
//   - A path may be a directory, walked recursively with the skips of
//     krait's source walk (hidden, virtual-environment and build
//     directories, .gitignore), or a single file whose name says its
//     format; an unrecognised file name is read as a requirements file.
//   - Recognised names: requirements files (*requirements*.txt, any .txt
//     in a directory named "requirements"), constraints files
//     (*constraints*.txt, read as constraints), pyproject.toml, setup.cfg,
//     setup.py, Pipfile, and the lock files uv.lock, poetry.lock, pdm.lock,
//     Pipfile.lock, pylock.toml and pylock.*.toml.
//   - A lock file wins over the manifests beside it (same directory): the
//     lock's packages are audited, and a locked package that a manifest
//     declares becomes Direct with the manifest's group and declaration
//     (ManifestFile, ManifestLine, ManifestSpecifiers). Pipfile.lock pairs
//     with Pipfile; the other locks with pyproject.toml, setup.cfg and
//     setup.py. A declared package missing from the lock is kept as
//     declared and reported as a problem (the lock is stale).
//   - A requirements file included by another (-r/-c) is read once: the
//     packages of both readings are merged by file and line.
//   - An installed environment (Options.Env) adds its packages as they are
//     installed.
package project

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/krait-dev/krait/internal/deps/installed"
	"github.com/krait-dev/krait/internal/deps/inventory"
	"github.com/krait-dev/krait/internal/deps/pdmlock"
	"github.com/krait-dev/krait/internal/deps/pipfile"
	"github.com/krait-dev/krait/internal/deps/poetrylock"
	"github.com/krait-dev/krait/internal/deps/pylock"
	"github.com/krait-dev/krait/internal/deps/pyproject"
	"github.com/krait-dev/krait/internal/deps/requirements"
	"github.com/krait-dev/krait/internal/deps/setuppy"
	"github.com/krait-dev/krait/internal/deps/uvlock"
	"github.com/krait-dev/krait/internal/walk"
)

// Kind is the format of a dependency file.
type Kind string

// The formats Load reads.
const (
	Requirements Kind = "requirements"
	Constraints  Kind = "constraints"
	PyProject    Kind = "pyproject.toml"
	SetupCfg     Kind = "setup.cfg"
	SetupPy      Kind = "setup.py"
	Pipfile      Kind = "Pipfile"
	UVLock       Kind = "uv.lock"
	PoetryLock   Kind = "poetry.lock"
	PDMLock      Kind = "pdm.lock"
	PipfileLock  Kind = "Pipfile.lock"
	PyLock       Kind = "pylock.toml"
	Environment  Kind = "environment"
)

// IsLock reports whether files of kind k pin every package they list.
func (k Kind) IsLock() bool {
	switch k {
	case UVLock, PoetryLock, PDMLock, PipfileLock, PyLock:
		return true
	}
	return false
}

// isManifest reports whether k declares a project's own dependencies.
func (k Kind) isManifest() bool {
	switch k {
	case PyProject, SetupCfg, SetupPy, Pipfile:
		return true
	}
	return false
}

// KindOf returns the format a file name says, and false when the name is
// not one Load recognises in a directory walk.
func KindOf(filePath string) (Kind, bool) {
	name := path.Base(filepath.ToSlash(filePath))
	lower := strings.ToLower(name)
	switch name {
	case "pyproject.toml":
		return PyProject, true
	case "setup.cfg":
		return SetupCfg, true
	case "setup.py":
		return SetupPy, true
	case "Pipfile":
		return Pipfile, true
	case "Pipfile.lock":
		return PipfileLock, true
	case "uv.lock":
		return UVLock, true
	case "poetry.lock":
		return PoetryLock, true
	case "pdm.lock":
		return PDMLock, true
	case "pylock.toml":
		return PyLock, true
	}
	if strings.HasPrefix(name, "pylock.") && strings.HasSuffix(name, ".toml") {
		return PyLock, true
	}
	if strings.HasSuffix(lower, ".txt") {
		switch {
		case strings.Contains(lower, "constraint"):
			return Constraints, true
		case strings.Contains(lower, "requirement"):
			return Requirements, true
		case path.Base(path.Dir(filepath.ToSlash(filePath))) == "requirements":
			return Requirements, true
		}
	}
	return "", false
}

// File is one dependency file Load read.
type File struct {
	Path     string // slash-separated, as found
	Kind     Kind
	Packages int // packages it contributed to the inventory
}

// Options tunes Load.
type Options struct {
	// Env names an installed environment (a virtualenv or a site-packages
	// directory) whose packages are added.
	Env string
	// Walk tunes the directory walk; its Match is set by Load.
	Walk walk.Options
}

// Result is a project's merged inventory.
type Result struct {
	Files    []File
	Packages []inventory.Package // sorted by file and line
	Problems []inventory.Problem
}

// Load finds and reads the dependency files below paths and merges them.
// It returns an error when a path does not exist or ctx is cancelled; a
// file that cannot be read or parsed is a problem, and the rest goes on.
func Load(ctx context.Context, paths []string, opts Options) (*Result, error) {
	res := &Result{}
	var files []string
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err == nil && !fi.IsDir() {
			// A file named on the command line is read whatever its name.
			files = append(files, filepath.ToSlash(p))
			continue
		}
		wopts := opts.Walk
		wopts.Match = func(name string) bool { _, ok := KindOf(name); return ok }
		found, problems, err := walk.Files(ctx, []string{p}, wopts)
		if err != nil {
			return nil, err
		}
		files = append(files, found...)
		for _, pr := range problems {
			res.Problems = append(res.Problems, inventory.Problem{File: pr.Path, Msg: pr.Err.Error()})
		}
	}
	if err := res.read(ctx, files); err != nil {
		return nil, err
	}
	if opts.Env != "" {
		pkgs, problems, err := installed.Parse(ctx, opts.Env, installed.Options{})
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			return nil, fmt.Errorf("environment %s: %w", opts.Env, err)
		}
		res.Files = append(res.Files, File{Path: filepath.ToSlash(opts.Env), Kind: Environment, Packages: len(pkgs)})
		res.Packages = append(res.Packages, pkgs...)
		res.Problems = append(res.Problems, problems...)
	}
	res.finish()
	return res, nil
}

// parsed is one file's reading.
type parsed struct {
	file File
	pkgs []inventory.Package
}

// read reads files, grouped by directory, and merges each directory's
// locks with its manifests.
func (res *Result) read(ctx context.Context, files []string) error {
	byDir := make(map[string][]string)
	var dirs []string
	for _, f := range files {
		d := path.Dir(f)
		if _, ok := byDir[d]; !ok {
			dirs = append(dirs, d)
		}
		byDir[d] = append(byDir[d], f)
	}
	sort.Strings(dirs)
	for _, d := range dirs {
		var locks, manifests, others []parsed
		for _, f := range byDir[d] {
			kind, ok := KindOf(f)
			if !ok {
				kind = Requirements
			}
			pkgs, problems, err := parseFile(ctx, f, kind)
			if err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				res.Problems = append(res.Problems, inventory.Problem{File: f, Msg: err.Error()})
				continue
			}
			res.Problems = append(res.Problems, problems...)
			p := parsed{file: File{Path: f, Kind: kind}, pkgs: pkgs}
			switch {
			case kind.IsLock():
				locks = append(locks, p)
			case kind.isManifest():
				manifests = append(manifests, p)
			default:
				others = append(others, p)
			}
		}
		res.mergeDir(locks, manifests)
		for _, p := range others {
			res.add(p)
		}
	}
	return nil
}

// mergeDir adds a directory's lock files, marked with what its manifests
// declare, or the manifests themselves when there is no lock.
func (res *Result) mergeDir(locks, manifests []parsed) {
	if len(locks) == 0 {
		for _, m := range manifests {
			res.add(m)
		}
		return
	}
	for _, m := range manifests {
		paired := pairedLocks(m.file.Kind, locks)
		if len(paired) == 0 {
			res.add(m)
			continue
		}
		locked := make(map[string]bool)
		for _, l := range paired {
			for _, p := range l.pkgs {
				locked[p.Normalized] = true
			}
		}
		declared := make(map[string]inventory.Package)
		for _, p := range m.pkgs {
			if p.Normalized == "" {
				continue
			}
			if _, dup := declared[p.Normalized]; !dup {
				declared[p.Normalized] = p
			}
			if !locked[p.Normalized] && p.NotAuditable == "" {
				res.Problems = append(res.Problems, inventory.Problem{File: p.File, Line: p.Line,
					Msg: fmt.Sprintf("%s is declared here but not locked in %s (is the lock file stale?); audited as declared", p.Name, lockNames(paired))})
				m.file.Packages++
				res.Packages = append(res.Packages, p)
			}
		}
		for _, l := range paired {
			for i := range l.pkgs {
				lp := &l.pkgs[i]
				d, ok := declared[lp.Normalized]
				if !ok {
					continue
				}
				lp.Direct = true
				if d.Group != "" {
					lp.Group = d.Group
				}
				lp.ManifestFile, lp.ManifestLine, lp.ManifestSpecifiers = d.File, d.Line, d.Specifiers
			}
		}
		res.Files = append(res.Files, m.file)
	}
	for _, l := range locks {
		res.add(l)
	}
}

// pairedLocks returns the locks that lock what a manifest of kind k declares.
func pairedLocks(k Kind, locks []parsed) []parsed {
	var out []parsed
	for _, l := range locks {
		if (k == Pipfile) == (l.file.Kind == PipfileLock) {
			out = append(out, l)
		}
	}
	return out
}

func lockNames(locks []parsed) string {
	names := make([]string, len(locks))
	for i, l := range locks {
		names[i] = path.Base(l.file.Path)
	}
	return strings.Join(names, ", ")
}

func (res *Result) add(p parsed) {
	p.file.Packages = len(p.pkgs)
	res.Files = append(res.Files, p.file)
	res.Packages = append(res.Packages, p.pkgs...)
}

// finish removes the duplicates of packages read twice (a requirements
// file included by another and also found by the walk) and sorts.
func (res *Result) finish() {
	type key struct {
		file, name string
		line       int
	}
	seen := make(map[key]bool)
	out := res.Packages[:0]
	for _, p := range res.Packages {
		k := key{p.File, p.Normalized + "\x00" + p.URL, p.Line}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, p)
	}
	res.Packages = out
	sort.SliceStable(res.Files, func(i, j int) bool { return res.Files[i].Path < res.Files[j].Path })
	sort.SliceStable(res.Packages, func(i, j int) bool {
		a, b := res.Packages[i], res.Packages[j]
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Line < b.Line
	})
	pseen := make(map[inventory.Problem]bool)
	probs := res.Problems[:0]
	for _, p := range res.Problems {
		if !pseen[p] {
			pseen[p] = true
			probs = append(probs, p)
		}
	}
	res.Problems = probs
	sort.SliceStable(res.Problems, func(i, j int) bool {
		a, b := res.Problems[i], res.Problems[j]
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Line < b.Line
	})
}

// parseFile reads one file with the reader of its kind.
func parseFile(ctx context.Context, f string, kind Kind) ([]inventory.Package, []inventory.Problem, error) {
	switch kind {
	case Requirements:
		return requirements.Parse(ctx, f, requirements.Options{})
	case Constraints:
		pkgs, problems, err := requirements.Parse(ctx, f, requirements.Options{})
		for i := range pkgs {
			pkgs[i].Constraint, pkgs[i].Direct = true, false
		}
		return pkgs, problems, err
	case PyProject:
		return pyproject.Parse(ctx, f, pyproject.Options{})
	case SetupCfg, SetupPy:
		return setuppy.Parse(ctx, f, setuppy.Options{})
	case Pipfile:
		return pipfile.ParsePipfile(ctx, f, pipfile.Options{})
	case PipfileLock:
		return pipfile.ParseLock(ctx, f, pipfile.Options{})
	case UVLock:
		return uvlock.Parse(ctx, f, uvlock.Options{})
	case PoetryLock:
		return poetrylock.Parse(ctx, f, poetrylock.Options{})
	case PDMLock:
		return pdmlock.Parse(ctx, f, pdmlock.Options{})
	case PyLock:
		return pylock.Parse(ctx, f, pylock.Options{})
	}
	return nil, nil, errors.New("unknown dependency file kind " + string(kind))
}
