package walk

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// Cases from git's t/t3070-wildmatch.sh, in WM_PATHNAME mode (as
// .gitignore uses it).
func TestWildmatch(t *testing.T) {
	for _, c := range []struct {
		pattern, text string
		want          bool
	}{
		{"foo", "foo", true},
		{"bar", "foo", false},
		{"???", "foo", true},
		{"??", "foo", false},
		{"*", "foo", true},
		{"f*", "foo", true},
		{"*f", "foo", false},
		{"*foo*", "foo", true},
		{"*ob*a*r*", "foobar", true},
		{"*ab", "aaaaaaabababab", true},
		{`foo\*`, "foo*", true},
		{`foo\*bar`, "foobar", false},
		{`f\\oo`, `f\oo`, true},
		{"*[al]?", "ball", true},
		{"[ten]", "ten", false},
		{"**[!te]", "ten", true},
		{"**[!ten]", "ten", false},
		{"t[a-g]n", "ten", true},
		{"t[!a-g]n", "ten", false},
		{"t[!a-g]n", "ton", true},
		{"t[^a-g]n", "ton", true},
		{"a[]]b", "a]b", true},
		{"a[]-]b", "a-b", true},
		{"a[]-]b", "a]b", true},
		{"a[]-]b", "aab", false},
		{"a[]a-]b", "aab", true},
		{"]", "]", true},
		{"foo*bar", "foo/baz/bar", false},
		{"foo**bar", "foo/baz/bar", false},
		{"foo**bar", "foobazbar", true},
		{"foo/**/bar", "foo/baz/bar", true},
		{"foo/**/**/bar", "foo/baz/bar", true},
		{"foo/**/bar", "foo/b/a/z/bar", true},
		{"foo/**/bar", "foo/bar", true},
		{"foo/**/**/bar", "foo/bar", true},
		{"foo?bar", "foo/bar", false},
		{"foo[/]bar", "foo/bar", false},
		{"foo[^a-z]bar", "foo/bar", false},
		{"f[^eiu][^eiu][^eiu][^eiu][^eiu]r", "foo/bar", false},
		{"f[^eiu][^eiu][^eiu][^eiu][^eiu]r", "foo-bar", true},
		{"**/foo", "foo", true},
		{"**/foo", "XXX/foo", true},
		{"**/foo", "bar/baz/foo", true},
		{"*/foo", "bar/baz/foo", false},
		{"**/bar*", "foo/bar/baz", false},
		{"**/bar/*", "deep/foo/bar/baz", true},
		{"**/bar/*", "deep/foo/bar/baz/", false},
		{"**/bar/**", "deep/foo/bar/baz/", true},
		{"**/bar/*", "deep/foo/bar", false},
		{"**/bar/**", "deep/foo/bar/", true},
		{"**/bar**", "foo/bar/baz", false},
		{"*/bar/**", "foo/bar/baz/x", true},
		{"*/bar/**", "deep/foo/bar/baz/x", false},
		{"**/bar/*/*", "deep/foo/bar/baz/x", true},
		{"a[c-c]st", "acrt", false},
		{"a[c-c]rt", "acrt", true},
		{"[[:alpha:]][[:digit:]][[:upper:]]", "a1B", true},
		{"[[:digit:][:upper:][:space:]]", "a", false},
		{"[[:digit:][:upper:][:space:]]", "A", true},
		{"[[:xdigit:]]", "f", true},
		{"[", "a", false},
		{"[!", "ab", false},
		{"a[", "a[", false},
		{"XXX/*/*/*/*/*/*/12/*/*/*/m/*/*/*", "XXX/adobe/courier/bold/o/normal//12/120/75/75/m/70/iso8859/1", true},
		{"XXX/*/*/*/*/*/*/12/*/*/*/m/*/*/*", "XXX/adobe/courier/bold/o/normal//12/120/75/75/X/70/iso8859/1", false},
		{"-*-*-*-*-*-*-12-*-*-*-m-*-*-*", "-adobe-courier-bold-o-normal--12-120-75-75-m-70-iso8859-1", true},
		{"**/*a*b*g*n*t", "abcd/abcdefg/abcdefghijk/abcdefghijklmnop.txt", true},
		{"**/*a*b*g*n*t", "abcd/abcdefg/abcdefghijk/abcdefghijklmnop.txtz", false},
		{"*/*/*", "foo/bb/aa/rr", false},
		{"**/**/**", "foo/bb/aa/rr", true},
		{"*X*i", "abcXdefXghi", true},
		{"*/*X*/*/*i", "ab/cXd/efXg/hi", true},
		{"**/*X*/**/*i", "ab/cXd/efXg/hi", true},
		{"*.py", "a.py", true},
		{"*.py", "pkg/a.py", false},
	} {
		if got := wildmatch(c.pattern, c.text); got != c.want {
			t.Errorf("wildmatch(%q, %q) = %v, want %v", c.pattern, c.text, got, c.want)
		}
	}
}

func TestParseIgnore(t *testing.T) {
	got := parseIgnore([]byte("# comment\n\n*.pyc\r\n!keep.pyc\n/build/\ndocs/*.py\n\\#hash\n\\!bang\ntrailing   \nescaped\\ \n/\nsub/\n"))
	want := []ignoreRule{
		{pattern: "*.pyc"},
		{pattern: "keep.pyc", negate: true},
		{pattern: "build", dirOnly: true, anchored: true},
		{pattern: "docs/*.py", anchored: true},
		{pattern: "#hash"},
		{pattern: "!bang"},
		{pattern: "trailing"},
		{pattern: `escaped\ `},
		{pattern: "sub", dirOnly: true},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("parseIgnore:\n got %+v\nwant %+v", got, want)
	}
}

func writeFile(t *testing.T, root, name, content string) {
	t.Helper()
	p := filepath.Join(root, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// gitRepo makes a repository-like tree: a .git directory and .gitignore files.
func gitRepo(t *testing.T) string {
	root := t.TempDir()
	writeFiles(t, root,
		"app.py", "gen_pb2.py", "keep_pb2.py", "scratch.py",
		"build.py", "build/out.py", "pkg/build/x.py",
		"pkg/mod.py", "pkg/local.py", "pkg/sub/deep.py", "pkg/sub/local.py",
		"docs/conf.py", "docs/api/x.py", "logs/today.py",
		".git/info/x.py",
	)
	writeFile(t, root, ".git/info/exclude", "scratch.py\n")
	writeFile(t, root, ".gitignore", "# generated\n*_pb2.py\n!keep_pb2.py\nbuild/\n/docs/*.py\nlogs\n")
	writeFile(t, root, "pkg/.gitignore", "local.py\n")
	writeFile(t, root, "pkg/sub/.gitignore", "!local.py\n")
	return root
}

func TestFilesGitignore(t *testing.T) {
	root := gitRepo(t)
	t.Chdir(root)
	for _, c := range []struct {
		name  string
		roots []string
		opts  Options
		want  []string
	}{
		{"repository root", []string{"."}, Options{}, []string{
			"app.py", "build.py", "docs/api/x.py", "keep_pb2.py", "pkg/mod.py", "pkg/sub/deep.py", "pkg/sub/local.py",
		}},
		{"disabled", []string{"."}, Options{NoGitignore: true}, []string{
			"app.py", "build.py", "docs/api/x.py", "docs/conf.py", "gen_pb2.py", "keep_pb2.py", "logs/today.py",
			"pkg/local.py", "pkg/mod.py", "pkg/sub/deep.py", "pkg/sub/local.py", "scratch.py",
			// build/ is one of DefaultSkipDirs anyway; pkg/build too.
		}},
		// The repository's .gitignore applies to a subdirectory scanned on
		// its own.
		{"subdirectory", []string{"pkg"}, Options{}, []string{"pkg/mod.py", "pkg/sub/deep.py", "pkg/sub/local.py"}},
		{"subdirectory with ./", []string{"./pkg/sub/"}, Options{}, []string{"pkg/sub/deep.py", "pkg/sub/local.py"}},
		// Files named on the command line are always taken; a directory
		// named on the command line is entered.
		{"named files", []string{"gen_pb2.py", "pkg/local.py", "scratch.py"}, Options{}, []string{"gen_pb2.py", "pkg/local.py", "scratch.py"}},
		{"named ignored directory", []string{"logs"}, Options{}, []string{"logs/today.py"}},
		{"exclude hook", []string{"."}, Options{Exclude: func(p string, dir bool) bool { return p == "pkg/sub" || p == "app.py" }},
			[]string{"build.py", "docs/api/x.py", "keep_pb2.py", "pkg/mod.py"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			files, problems, err := Files(t.Context(), c.roots, c.opts)
			if err != nil || len(problems) > 0 {
				t.Fatalf("err %v, problems %v", err, problems)
			}
			if !reflect.DeepEqual(files, c.want) {
				t.Errorf("files = %q\nwant    %q", files, c.want)
			}
		})
	}

	// From outside the tree, with an absolute root: the same files.
	t.Chdir(t.TempDir())
	files, _, err := Files(t.Context(), []string{filepath.Join(root, "pkg")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		filepath.ToSlash(filepath.Join(root, "pkg/mod.py")),
		filepath.ToSlash(filepath.Join(root, "pkg/sub/deep.py")),
		filepath.ToSlash(filepath.Join(root, "pkg/sub/local.py")),
	}
	if !reflect.DeepEqual(files, want) {
		t.Errorf("absolute root: files = %q\nwant %q", files, want)
	}
}

// Outside a git repository the .gitignore files in the scanned tree apply,
// but not those above it.
func TestFilesGitignoreNoRepository(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, "proj/a.py", "proj/b.py", "proj/sub/c.py")
	writeFile(t, root, ".gitignore", "a.py\n")
	writeFile(t, root, "proj/.gitignore", "b.py\n")
	t.Chdir(filepath.Join(root, "proj"))
	files, problems, err := Files(t.Context(), []string{"."}, Options{})
	if err != nil || len(problems) > 0 {
		t.Fatalf("err %v, problems %v", err, problems)
	}
	if want := []string{"a.py", "sub/c.py"}; !reflect.DeepEqual(files, want) {
		t.Errorf("files = %q, want %q", files, want)
	}
}

func TestFilesGitignoreUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every file")
	}
	root := t.TempDir()
	writeFiles(t, root, "a.py")
	writeFile(t, root, ".gitignore", "a.py\n")
	if err := os.Chmod(filepath.Join(root, ".gitignore"), 0); err != nil {
		t.Fatal(err)
	}
	t.Chdir(root)
	files, problems, err := Files(t.Context(), []string{"."}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) != 1 || problems[0].Path != ".gitignore" || !reflect.DeepEqual(files, []string{"a.py"}) {
		t.Errorf("files %q, problems %v", files, problems)
	}
}
