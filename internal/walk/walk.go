// Package walk finds the Python source files below a set of paths.
//
// A path named by the user is always taken, even when it is a symbolic link
// or a directory that the walk would skip; below it, the walk skips hidden
// directories, the usual virtual-environment, cache and build directories,
// files and directories that .gitignore files ignore (see gitignore.go;
// Options.NoGitignore turns this off), and what Options.Exclude rejects, and
// never follows a symbolic link to a directory. Files are returned in sorted
// order, each once.
package walk

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// DefaultSkipDirs are the directory names skipped below a root unless
// Options.SkipDirs says otherwise. Hidden directories (a name starting with
// ".") are skipped as well.
var DefaultSkipDirs = []string{
	"venv", ".venv", "node_modules", "__pycache__", "site-packages", "build", "dist",
}

// Options controls a walk.
type Options struct {
	// SkipDirs lists directory names not entered below a root. Nil means
	// DefaultSkipDirs.
	SkipDirs []string
	// Hidden enters hidden directories (".git" excepted, which is never
	// entered).
	Hidden bool
	// Extensions lists the file name suffixes taken. Nil means ".py" and
	// ".pyi". Ignored when Match is set.
	Extensions []string
	// Match, when not nil, decides which files are taken, instead of
	// Extensions; it is given the slash-separated path.
	Match func(name string) bool
	// NoGitignore takes files that .gitignore files ignore. By default they
	// are skipped: the .gitignore files of each directory walked, and, when
	// a root is inside a git repository, those of the directories from the
	// repository's root down to the root and .git/info/exclude.
	NoGitignore bool
	// Exclude, when not nil, is asked about every file and directory below
	// a root (path slash-separated, built from the root as given, as Files
	// returns it; dir tells a directory); true skips it, and a directory's
	// whole tree. Roots themselves are not asked about.
	Exclude func(path string, dir bool) bool
}

// Problem is a file or directory that the walk could not read.
type Problem struct {
	Path string // as the walk found it, slash-separated
	Dir  bool   // Path is a directory
	Err  error
}

// NotExistError reports a root that does not exist.
type NotExistError struct {
	Path string
	Err  error
}

func (e *NotExistError) Error() string { return e.Path + ": no such file or directory" }
func (e *NotExistError) Unwrap() error { return e.Err }

// Files returns the Python files below roots, sorted and without
// duplicates, with paths slash-separated and built from the roots as given.
// A root that does not exist is an error of type *NotExistError; a file or
// directory that cannot be read below a root is returned as a Problem. A file
// named as a root is returned when it has one of the extensions. The walk
// stops with ctx.Err() when ctx is cancelled.
func Files(ctx context.Context, roots []string, opts Options) (files []string, problems []Problem, err error) {
	skip := opts.SkipDirs
	if skip == nil {
		skip = DefaultSkipDirs
	}
	exts := opts.Extensions
	if exts == nil {
		exts = []string{".py", ".pyi"}
	}
	skipSet := make(map[string]bool, len(skip))
	for _, d := range skip {
		skipSet[d] = true
	}
	wanted := func(name string) bool {
		if opts.Match != nil {
			return opts.Match(filepath.ToSlash(name))
		}
		for _, e := range exts {
			if strings.HasSuffix(name, e) && len(name) > len(e) {
				return true
			}
		}
		return false
	}
	seen := make(map[string]bool)
	add := func(p string) {
		p = filepath.ToSlash(p)
		if !seen[p] {
			seen[p] = true
			files = append(files, p)
		}
	}

	for _, root := range roots {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		info, err := os.Stat(root) // a root that is a symbolic link is followed
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				if _, lerr := os.Lstat(root); lerr == nil {
					// A dangling symbolic link: it exists, but not its target.
					problems = append(problems, Problem{Path: filepath.ToSlash(root), Err: err})
					continue
				}
				return nil, nil, &NotExistError{Path: root, Err: err}
			}
			problems = append(problems, Problem{Path: filepath.ToSlash(root), Err: err})
			continue
		}
		if !info.IsDir() {
			if wanted(info.Name()) || wanted(root) {
				add(filepath.Clean(root)) // as WalkDir cleans the paths it builds
			}
			continue
		}
		walkRoot := root
		if li, err := os.Lstat(root); err == nil && li.Mode()&fs.ModeSymlink != 0 {
			// WalkDir does not follow a root that is a symbolic link; with a
			// trailing separator the system resolves it, and the paths below
			// still start with the root as given.
			walkRoot = root + string(filepath.Separator)
		}
		var ignores *ignoreStack
		absRoot := ""
		cleanRoot := filepath.Clean(walkRoot)
		if !opts.NoGitignore {
			a, err := filepath.Abs(root)
			if err != nil {
				return nil, nil, fmt.Errorf("walking %s: %w", root, err)
			}
			absRoot = filepath.ToSlash(a)
			outer, probs := outerIgnores(a)
			problems = append(problems, probs...)
			ignores = &ignoreStack{files: outer}
		}
		// absPath returns the absolute slash path of p, a path below walkRoot.
		absPath := func(p string) string {
			rel, err := filepath.Rel(cleanRoot, p)
			if err != nil || rel == "." {
				return absRoot
			}
			if absRoot == "/" {
				return "/" + filepath.ToSlash(rel)
			}
			return absRoot + "/" + filepath.ToSlash(rel)
		}
		err = filepath.WalkDir(walkRoot, func(p string, d fs.DirEntry, err error) error {
			if cerr := ctx.Err(); cerr != nil {
				return cerr
			}
			if err != nil {
				// WalkDir calls with err set for a directory it cannot read
				// (d describes it) or a root it cannot stat.
				isDir := d != nil && d.IsDir()
				problems = append(problems, Problem{Path: filepath.ToSlash(p), Dir: isDir, Err: err})
				if isDir {
					return fs.SkipDir
				}
				return nil
			}
			name := d.Name()
			isRoot := p == walkRoot
			var abs string
			if ignores != nil {
				abs = absPath(p)
				if !isRoot {
					ignores.popTo(path.Dir(abs))
				}
			}
			if d.IsDir() {
				if !isRoot {
					if name == ".git" || skipSet[name] || (!opts.Hidden && strings.HasPrefix(name, ".")) {
						return fs.SkipDir
					}
					if ignores != nil && ignores.ignored(abs, true) {
						return fs.SkipDir
					}
					if opts.Exclude != nil && opts.Exclude(filepath.ToSlash(p), true) {
						return fs.SkipDir
					}
				}
				if ignores != nil {
					f, err := readIgnore(filepath.Join(p, ".gitignore"), abs)
					if err != nil {
						problems = append(problems, Problem{Path: filepath.ToSlash(filepath.Join(p, ".gitignore")), Err: err})
					} else if f != nil {
						ignores.files = append(ignores.files, f)
					}
				}
				return nil
			}
			if !wanted(p) {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				// A link to a file is taken, a link to a directory is not
				// followed; a dangling link is a file that cannot be read.
				if fi, err := os.Stat(p); err == nil && fi.IsDir() {
					return nil
				}
			}
			if ignores != nil && ignores.ignored(abs, false) {
				return nil
			}
			if opts.Exclude != nil && opts.Exclude(filepath.ToSlash(p), false) {
				return nil
			}
			add(p)
			return nil
		})
		if err != nil {
			return nil, nil, fmt.Errorf("walking %s: %w", root, err)
		}
	}
	sort.Strings(files)
	sort.SliceStable(problems, func(i, j int) bool { return problems[i].Path < problems[j].Path })
	return files, problems, nil
}
