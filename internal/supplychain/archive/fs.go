package archive

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"path"
	"sort"
	"time"
)

// tree is the directory structure of the kept files.
type tree struct {
	files map[string]*Member
	dirs  map[string][]string // directory → sorted child base names
}

func buildTree(members []*Member) *tree {
	t := &tree{files: map[string]*Member{}, dirs: map[string][]string{".": nil}}
	children := map[string]map[string]bool{".": {}}
	addDir := func(d string) {
		for d != "." {
			parent := path.Dir(d)
			if children[parent] == nil {
				children[parent] = map[string]bool{}
			}
			if children[d] == nil {
				children[d] = map[string]bool{}
			}
			children[parent][path.Base(d)] = true
			d = parent
		}
	}
	for _, m := range members {
		if !m.kept {
			continue
		}
		// A kept file whose name is also another kept file's directory
		// (a, a/b) cannot be represented: the file wins, and the child
		// gets a duplicate problem below.
		t.files[m.Name] = m
	}
	for name, m := range t.files {
		dir := path.Dir(name)
		if blocked(t.files, dir) {
			delete(t.files, name)
			m.problem(ProblemDuplicate, "%q is under a name that is also a file", name)
			m.kept, m.data = false, nil
			continue
		}
		addDir(dir)
		if children[dir] == nil {
			children[dir] = map[string]bool{}
		}
		children[dir][path.Base(name)] = true
	}
	for d, set := range children {
		names := make([]string, 0, len(set))
		for n := range set {
			names = append(names, n)
		}
		sort.Strings(names)
		t.dirs[d] = names
	}
	return t
}

// blocked reports whether dir or one of its parents is a file.
func blocked(files map[string]*Member, dir string) bool {
	for dir != "." {
		if _, ok := files[dir]; ok {
			return true
		}
		dir = path.Dir(dir)
	}
	return false
}

// t returns the tree, empty for an Archive not made by Open or Read.
func (a *Archive) t() *tree {
	if a.tree == nil {
		a.tree = buildTree(nil)
	}
	return a.tree
}

// Open implements fs.FS over the kept files (and the directories that
// hold them).
func (a *Archive) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	if m, ok := a.t().files[name]; ok {
		return &file{m: m, r: bytes.NewReader(m.data)}, nil
	}
	if _, ok := a.t().dirs[name]; ok {
		return &dir{a: a, name: name}, nil
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

// ReadFile implements fs.ReadFileFS; the caller may modify the result.
func (a *Archive) ReadFile(name string) ([]byte, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "readfile", Path: name, Err: fs.ErrInvalid}
	}
	m, ok := a.t().files[name]
	if !ok {
		return nil, &fs.PathError{Op: "readfile", Path: name, Err: fs.ErrNotExist}
	}
	return bytes.Clone(m.data), nil
}

// ReadDir implements fs.ReadDirFS.
func (a *Archive) ReadDir(name string) ([]fs.DirEntry, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrInvalid}
	}
	kids, ok := a.t().dirs[name]
	if !ok {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	out := make([]fs.DirEntry, 0, len(kids))
	for _, k := range kids {
		out = append(out, fs.FileInfoToDirEntry(a.stat(path.Join(name, k))))
	}
	return out, nil
}

// Files returns the names of the kept files, sorted.
func (a *Archive) Files() []string {
	names := make([]string, 0, len(a.t().files))
	for n := range a.t().files {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func (a *Archive) stat(name string) fs.FileInfo {
	if m, ok := a.t().files[name]; ok {
		return info{name: path.Base(name), size: int64(len(m.data)), mode: fs.FileMode(m.Mode&0o777) | 0o400}
	}
	return info{name: path.Base(name), mode: fs.ModeDir | 0o500}
}

type info struct {
	name string
	size int64
	mode fs.FileMode
}

func (i info) Name() string       { return i.name }
func (i info) Size() int64        { return i.size }
func (i info) Mode() fs.FileMode  { return i.mode }
func (i info) ModTime() time.Time { return time.Time{} }
func (i info) IsDir() bool        { return i.mode.IsDir() }
func (i info) Sys() any           { return nil }

type file struct {
	m *Member
	r *bytes.Reader
}

func (f *file) Stat() (fs.FileInfo, error) {
	return info{name: path.Base(f.m.Name), size: int64(len(f.m.data)), mode: fs.FileMode(f.m.Mode&0o777) | 0o400}, nil
}
func (f *file) Read(p []byte) (int, error)                { return f.r.Read(p) }
func (f *file) Seek(off int64, whence int) (int64, error) { return f.r.Seek(off, whence) }
func (f *file) ReadAt(p []byte, off int64) (int, error)   { return f.r.ReadAt(p, off) }
func (f *file) Close() error                              { return nil }

type dir struct {
	a    *Archive
	name string
	pos  int
}

func (d *dir) Stat() (fs.FileInfo, error) { return d.a.stat(d.name), nil }
func (d *dir) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: d.name, Err: errors.New("is a directory")}
}
func (d *dir) Close() error { return nil }

func (d *dir) ReadDir(n int) ([]fs.DirEntry, error) {
	all, _ := d.a.ReadDir(d.name)
	rest := all[d.pos:]
	if n <= 0 {
		d.pos = len(all)
		return rest, nil
	}
	if len(rest) == 0 {
		return nil, io.EOF
	}
	if n > len(rest) {
		n = len(rest)
	}
	d.pos += n
	return rest[:n], nil
}
