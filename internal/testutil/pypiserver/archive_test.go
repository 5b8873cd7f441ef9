package pypiserver

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"io"
	"strings"
	"testing"
)

func TestWheel(t *testing.T) {
	f := Wheel("Demo.Pkg", "1.0", map[string]string{"demo_pkg/__init__.py": "x = 1\n"})
	if f.Filename != "demo_pkg-1.0-py3-none-any.whl" {
		t.Errorf("filename %q", f.Filename)
	}
	zr, err := zip.NewReader(bytes.NewReader(f.Content), int64(len(f.Content)))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, m := range zr.File {
		rc, _ := m.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		got[m.Name] = string(b)
	}
	if got["demo_pkg/__init__.py"] != "x = 1\n" || !strings.Contains(got["demo_pkg-1.0.dist-info/METADATA"], "Name: Demo.Pkg") ||
		!strings.Contains(got["demo_pkg-1.0.dist-info/RECORD"], "demo_pkg/__init__.py,sha256=") {
		t.Errorf("%v", got)
	}
	if !bytes.Equal(f.Content, Wheel("Demo.Pkg", "1.0", map[string]string{"demo_pkg/__init__.py": "x = 1\n"}).Content) {
		t.Error("wheels are not reproducible")
	}
}

func TestSdist(t *testing.T) {
	f := Sdist("demo-pkg", "2.0", map[string]string{"setup.py": "print('never run')\n"})
	if f.Filename != "demo_pkg-2.0.tar.gz" {
		t.Errorf("filename %q", f.Filename)
	}
	gz, err := gzip.NewReader(bytes.NewReader(f.Content))
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(gz)
	var names []string
	for {
		h, err := tr.Next()
		if err != nil {
			break
		}
		names = append(names, h.Name)
	}
	if strings.Join(names, " ") != "demo_pkg-2.0/PKG-INFO demo_pkg-2.0/setup.py" {
		t.Errorf("members %q", names)
	}
	// Served like any other file.
	s := New(t, Project{Name: "demo-pkg", Releases: []Release{{Version: "2.0", Files: []File{f}}}})
	if _, body := fetch(t, "GET", s.FileURL(f.Filename), nil); body != string(f.Content) {
		t.Error("served bytes differ")
	}
}
