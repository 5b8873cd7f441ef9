package generalkit

import (
	"reflect"
	"testing"
)

func TestClassify(t *testing.T) {
	m := NewPasswordMatcher(nil)
	for name, want := range map[string][2]bool{
		"password":           {true, false},
		"PASSWORD":           {true, false},
		"passwd":             {true, false},
		"pasword":            {true, false},
		"passwrd":            {true, false},
		"PASSwd":             {true, false},
		"api_token":          {true, false},
		"secret_key":         {true, false},
		"dbPassword":         {true, false},
		"dbPassword2":        {true, false},
		"HTTPPassword":       {true, false},
		"X-Auth-Token":       {true, false},
		"passphrase":         {true, false},
		"password_reset_url": {true, true},
		"token_type":         {true, true},
		"use_token":          {true, true},
		"tokenizer":          {false, false},
		"bypass":             {false, false},
		"compass":            {false, false},
		"passenger":          {false, false},
		"username":           {false, false},
		"":                   {false, false},
	} {
		matched, metadata := m.Classify(name)
		if [2]bool{matched, metadata} != want {
			t.Errorf("Classify(%q) = %v, %v; want %v", name, matched, metadata, want)
		}
	}
}

func TestMatcherOptions(t *testing.T) {
	m := NewPasswordMatcher(map[string]any{"password_names": []any{"apikey", 3}})
	if !m.Match("my_apikey") || m.Match("password") {
		t.Error("password_names should replace the default words")
	}
	m = NewPasswordMatcher(map[string]any{"extra_password_names": "credential"})
	if !m.Match("credential") || !m.Match("password") {
		t.Error("extra_password_names should add to the default words")
	}
	if NewPasswordMatcher(map[string]any{"password_names": 42}) != defaultMatcher {
		t.Error("an option of the wrong type should leave the defaults")
	}
}

func TestPlaceholderValue(t *testing.T) {
	m := NewPasswordMatcher(nil)
	for v, want := range map[string]bool{
		"hunter2": false, "s3cr3t!": false, "correct horse": false,
		"": true, "***": true, "xxxx": true, "<password>": true, "${DB_PASSWORD}": true,
		"%(password)s": true, "{{ password }}": true, "DB_PASSWORD": true, "X-Auth-Token": true,
		"None": true, "https://example.com/token": true, "/run/secrets/db": true,
		"Enter your password here": true,
	} {
		if got := m.PlaceholderValue("password", v); got != want {
			t.Errorf("PlaceholderValue(%q) = %v, want %v", v, got, want)
		}
	}
}

func TestFnmatch(t *testing.T) {
	for _, tc := range []struct {
		name, pat string
		want      bool
	}{
		{"a/tests/test_x.py", "*/tests/*", true},
		{"a/b/x_test.py", "*_test.py", true},
		{"x_test.py", "*_test.py", true},
		{"x_test.pyc", "*_test.py", false},
		{"a/x.py", "a/?.py", true},
		{"a/xy.py", "a/?.py", false},
		{"a/x.py", "a/[xyz].py", true},
		{"a/w.py", "a/[!xyz].py", true},
		{"a/x.py", "a/[!xyz].py", false},
		{"a/[.py", "a/[.py", true},
		{"abc", "a*b*c*", true},
		{"", "*", true},
		{"a", "", false},
	} {
		if got := Fnmatch(tc.name, tc.pat); got != tc.want {
			t.Errorf("Fnmatch(%q, %q) = %v, want %v", tc.name, tc.pat, got, tc.want)
		}
	}
}

func TestIsTestFile(t *testing.T) {
	for path, want := range map[string]bool{
		"tests/foo.py": true, "pkg/test_foo.py": true, "pkg/foo_test.py": true,
		"conftest.py": true, "pkg\\tests\\x.py": true, "pkg/foo.py": false, "pkg/testing_utils.py": false,
	} {
		if got := IsTestFile(path); got != want {
			t.Errorf("IsTestFile(%q) = %v, want %v", path, got, want)
		}
	}
}

func TestStringListAndBool(t *testing.T) {
	opts := map[string]any{"a": []any{"x", 1, "y"}, "b": "z", "c": true, "d": 3}
	if l, ok := StringList(opts, "a"); !ok || !reflect.DeepEqual(l, []string{"x", "y"}) {
		t.Errorf("StringList(a) = %v, %v", l, ok)
	}
	if l, ok := StringList(opts, "b"); !ok || !reflect.DeepEqual(l, []string{"z"}) {
		t.Errorf("StringList(b) = %v, %v", l, ok)
	}
	if _, ok := StringList(opts, "d"); ok {
		t.Error("StringList(d) should fail")
	}
	if _, ok := StringList(nil, "a"); ok {
		t.Error("StringList on nil options should fail")
	}
	if !Bool(opts, "c", false) || Bool(opts, "d", false) || !Bool(nil, "x", true) {
		t.Error("Bool")
	}
}
