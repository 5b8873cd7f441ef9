// Package setuppy reads the dependencies declared for setuptools: setup.cfg
// ([options] install_requires and [options.extras_require]) and the literal
// install_requires and extras_require arguments of setup() in setup.py.
//
// setup.py is parsed with krait's Python parser and never executed. Only
// literal values are read: lists or tuples of string constants, a string
// (one requirement per line, as setuptools accepts), a dict of such values
// for extras_require, and names bound exactly once at module level to such
// literals. Anything else (a call, a comprehension, a concatenation, a name
// rebound or augmented, ** arguments) is a problem saying the value is
// computed at run time; nothing is guessed.
//
// Decisions:
//
//   - install_requires packages have Group "main", extras have Group = the
//     extra's name (any ":marker" suffix of a setuptools extra key is
//     turned into the packages' marker). All are Direct.
//   - setup.cfg follows configparser and setuptools: keys are
//     case-insensitive, "=" or ":" separate key and value, indented lines
//     continue a value, lines starting with "#" or ";" are comments. A
//     multi-line value has one requirement per line; a single-line value
//     is split on ";" as setuptools does (so "a; python_version<'3'" on
//     the key's line is two entries, the second one invalid — the mistake
//     setuptools warns about). A " #" comment after a requirement is
//     removed. "file:" values are problems (the referenced file is not
//     read).
//   - Every package keeps the line of its requirement string.
//   - The file being unreadable, not regular or larger than MaxFileSize is
//     an error; everything else is a problem.
package setuppy

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/krait-dev/krait/internal/deps/inventory"
	"github.com/krait-dev/krait/internal/deps/pyproject"
)

// MaxFileSize is the default limit on the size of setup.cfg or setup.py.
const MaxFileSize = 4 << 20

// Options tunes Parse. The zero value uses the default limits.
type Options struct {
	// MaxFileSize overrides the file size limit when positive.
	MaxFileSize int64
}

// Parse reads the setup.py (a name ending in ".py") or setup.cfg (any
// other name) at path. It returns the declared packages, the problems met,
// and an error only when path cannot be read or ctx is cancelled.
func Parse(ctx context.Context, path string, opts Options) ([]inventory.Package, []inventory.Problem, error) {
	limit := opts.MaxFileSize
	if limit <= 0 {
		limit = MaxFileSize
	}
	data, err := readFile(path, limit)
	if err != nil {
		return nil, nil, err
	}
	if strings.EqualFold(filepath.Ext(path), ".py") {
		return ParseSetupPy(ctx, path, data)
	}
	return ParseSetupCfg(ctx, path, data)
}

func readFile(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("setup file %s: %w", path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("setup file %s: %w", path, err)
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("setup file %s: not a regular file", path)
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("setup file %s: %w", path, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("setup file %s: larger than the limit of %d bytes", path, limit)
	}
	return data, nil
}

type collector struct {
	file     string
	pkgs     []inventory.Package
	problems []inventory.Problem
}

func (c *collector) problem(line int, format string, args ...any) {
	c.problems = append(c.problems, inventory.Problem{File: c.file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// add parses one requirement string; key is the extras_require key or ""
// for install_requires.
func (c *collector) add(req, key string, line int) {
	group, marker := "main", ""
	if key != "" {
		group = key
		if k, m, ok := strings.Cut(key, ":"); ok {
			group, marker = strings.TrimSpace(k), strings.TrimSpace(m)
		}
	}
	pkg, err := pyproject.FromRequirement(req)
	if err != nil {
		c.problem(line, "%v", err)
		return
	}
	if marker != "" {
		if pkg.Marker == "" {
			pkg.Marker = marker
		} else {
			pkg.Marker = "(" + pkg.Marker + ") and (" + marker + ")"
		}
	}
	pkg.Group, pkg.File, pkg.Line, pkg.Direct = group, c.file, line, true
	c.pkgs = append(c.pkgs, pkg)
}
