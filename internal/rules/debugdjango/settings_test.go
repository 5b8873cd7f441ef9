package debugdjango_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/python/parser"
	"github.com/krait-dev/krait/internal/rules/debugdjango"
)

func TestClassify(t *testing.T) {
	const plain = "DEBUG = True\n"
	const marked = "INSTALLED_APPS = []\nDEBUG = True\n"
	cases := []struct {
		path, src string
		want      debugdjango.ModuleKind
	}{
		{"mysite/settings.py", plain, debugdjango.Settings},
		{"mysite/prod_settings.py", plain, debugdjango.Settings},
		{"mysite/settings/__init__.py", plain, debugdjango.Settings},
		{"mysite/settings/production.py", plain, debugdjango.Settings},
		{"mysite/conf.py", marked, debugdjango.Settings},
		{"mysite/conf.py", plain, debugdjango.NotSettings},
		{"mysite/usersettingsview.py", plain, debugdjango.NotSettings},
		{"mysite/settings/dev.py", plain, debugdjango.DevelopmentSettings},
		{"mysite/settings/local.py", plain, debugdjango.DevelopmentSettings},
		{"mysite/local_settings.py", plain, debugdjango.DevelopmentSettings},
		{"mysite/test_settings.py", plain, debugdjango.DevelopmentSettings},
		{"tests/settings.py", plain, debugdjango.DevelopmentSettings},
		{"examples/demo/conf.py", marked, debugdjango.DevelopmentSettings},
		// Directories far above the file are outside the project.
		{"/home/dev/work/src/mysite/app/settings.py", plain, debugdjango.Settings},
		{"settings.pyi", plain, debugdjango.NotSettings},
	}
	for _, c := range cases {
		f := parser.ParseFile(c.path, []byte(c.src))
		if got := debugdjango.Classify(c.path, f.Module); got != c.want {
			t.Errorf("Classify(%q) = %d, want %d", c.path, got, c.want)
		}
	}
}
