package pep508

import (
	"errors"
	"strings"
	"testing"
)

func TestParseRequirement(t *testing.T) {
	tests := []struct {
		in                              string
		name, extras, spec, url, marker string
	}{
		{"requests", "requests", "", "", "", ""},
		{"requests [security , socks] >= 2.8.1, == 2.8.* ; python_version < '2.7'", "requests", "security,socks", ">=2.8.1,==2.8.*", "", `python_version < "2.7"`},
		{"name (>=1.0,<2)", "name", "", ">=1.0,<2", "", ""},
		{"pip @ https://github.com/pypa/pip/archive/1.3.1.zip#sha1=da9234ee", "pip", "", "", "https://github.com/pypa/pip/archive/1.3.1.zip#sha1=da9234ee", ""},
		{"name@ file:///tmp/x.whl ; os.name == 'nt'", "name", "", "", "file:///tmp/x.whl", `os_name == "nt"`},
		{"name @ https://x/y;python_version>'3'", "name", "", "", "https://x/y;python_version>'3'", ""},
		{"zope.interface[]", "zope.interface", "", "", "", ""},
		{`A; (os_name=="a" or os_name=="b") and extra == "x"`, "A", "", "", "", `(os_name == "a" or os_name == "b") and extra == "x"`},
	}
	for _, tt := range tests {
		r, err := ParseRequirement(tt.in)
		if err != nil {
			t.Errorf("ParseRequirement(%q): %v", tt.in, err)
			continue
		}
		marker := ""
		if r.Marker != nil {
			marker = r.Marker.String()
		}
		got := []string{r.Name, strings.Join(r.Extras, ","), r.Specifiers.String(), r.URL, marker}
		want := []string{tt.name, tt.extras, tt.spec, tt.url, tt.marker}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("ParseRequirement(%q) = %q, want %q", tt.in, got, want)
				break
			}
		}
	}
}

func TestParseRequirementErrors(t *testing.T) {
	for _, in := range []string{"", "-name", "name[", "name[a,]", "name>=1.0,", "name ()", "name 1.0", "name==foo",
		"name>=1.0 extra", "name ; ", "name @ ", "name @ example.com/x", "name @ https:/x", "name; os_name ==", "name; foo == 'x'",
		"name @ https://x/y; os_name=='nt'"} {
		_, err := ParseRequirement(in)
		if err == nil {
			t.Errorf("ParseRequirement(%q) succeeded, want error", in)
		}
	}
	_, err := ParseRequirement("name; os_name = 'x'")
	var se *SyntaxError
	if !errors.As(err, &se) || se.Pos != 14 {
		t.Errorf("error = %v, want a SyntaxError at offset 14", err)
	}
}

func TestMarkerEvaluate(t *testing.T) {
	linux312, _ := NewEnvironment("3.12", "linux")
	win38, _ := NewEnvironment("3.8.10", "win32")
	win38.Extra = "Test_Extra"
	tests := []struct {
		marker    string
		env       Environment
		want      bool
		wantError error
	}{
		{`python_version >= "3.8"`, linux312, true, nil},
		{`python_version < "3.10"`, linux312, false, nil}, // a version comparison, not a string one
		{`python_full_version == "3.12.*"`, linux312, true, nil},
		{`"3.9" < python_version`, linux312, true, nil},
		{`sys_platform == "linux" and platform_machine == "x86_64"`, linux312, true, nil},
		{`os_name == "nt" or python_version == "3.12" and sys_platform == "darwin"`, linux312, false, nil},
		{`(os_name == "nt" or python_version == "3.12") and sys_platform == "linux"`, linux312, true, nil},
		{`sys_platform in "linux2 linux"`, linux312, true, nil},
		{`sys_platform not in "win32 cygwin"`, win38, false, nil},
		{`extra == "test-extra"`, win38, true, nil},
		{`platform_system == "Windows" and implementation_name == "cpython"`, win38, true, nil},
		{`python_full_version >= "3.13.0rc1"`, Environment{PythonFullVersion: "3.13.0rc2"}, true, nil},
		{`os_name ~= "posix"`, linux312, false, ErrUndefinedComparison},
		{`"a" == "b"`, linux312, false, ErrUndefinedName},
		{`os_name == "nt" or os_name ~= "x"`, linux312, false, ErrUndefinedComparison},
	}
	for _, tt := range tests {
		m, err := ParseMarker(tt.marker)
		if err != nil {
			t.Errorf("ParseMarker(%q): %v", tt.marker, err)
			continue
		}
		got, err := m.Evaluate(tt.env)
		if !errors.Is(err, tt.wantError) || got != tt.want {
			t.Errorf("%q.Evaluate = %v, %v; want %v, %v", tt.marker, got, err, tt.want, tt.wantError)
		}
	}
}

func TestNewEnvironment(t *testing.T) {
	e, err := NewEnvironment("3.11", "darwin")
	if err != nil {
		t.Fatal(err)
	}
	if e.PythonVersion != "3.11" || e.PythonFullVersion != "3.11.0" || e.SysPlatform != "darwin" || e.OSName != "posix" || e.PlatformSystem != "Darwin" {
		t.Errorf("NewEnvironment(3.11, darwin) = %+v", e)
	}
	w, err := NewEnvironment("3.12.1", "windows")
	if err != nil || w.SysPlatform != "win32" || w.OSName != "nt" || w.ImplementationVersion != "3.12.1" {
		t.Errorf("NewEnvironment(3.12.1, windows) = %+v, %v", w, err)
	}
	for _, bad := range [][2]string{{"3.12a1", "linux"}, {"x", "linux"}, {"3.12", "beos"}, {"3.12.1.1", "linux"}} {
		if _, err := NewEnvironment(bad[0], bad[1]); err == nil {
			t.Errorf("NewEnvironment(%q, %q) succeeded", bad[0], bad[1])
		}
	}
}

func FuzzParseRequirement(f *testing.F) {
	for _, s := range []string{"requests[security]>=2.8.1,==2.8.*;python_version<'2.7'", "name @ https://x/y ; os_name=='nt'",
		`A; (os_name=="a" or os_name=="b") and extra == "x"`, "name (>=1.0)", "x; 'a' not in sys.platform"} {
		f.Add(s)
	}
	env, _ := NewEnvironment("3.12", "linux")
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseRequirement(s)
		if err != nil {
			return
		}
		_, _ = r.Applies(env)
		// The normal form parses to the same requirement.
		r2, err := ParseRequirement(r.String())
		if err != nil || r2.String() != r.String() {
			t.Fatalf("normal form %q of %q does not round-trip: %v", r.String(), s, err)
		}
	})
}

func BenchmarkParseRequirement(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseRequirement(`requests[security,socks] >= 2.8.1, == 2.8.* ; python_version < "2.7" or (sys_platform == "win32" and extra == "x")`); err != nil {
			b.Fatal(err)
		}
	}
}
