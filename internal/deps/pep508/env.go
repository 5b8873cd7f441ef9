// Package pep508 parses dependency specifiers (PEP 508, the PyPA
// "Dependency specifiers" specification) and evaluates environment markers
// for a chosen target Python and platform.
//
// Project names are normalised and validated by package pep503; versions
// and specifiers come from package pep440.
//
// Where packaging changed behaviour over time, this package follows
// current packaging: marker version comparisons admit pre-releases, "extra"
// comparisons normalise both names, an absent extra is the empty string,
// and legacy (LegacySpecifier) clauses are rejected. Comparisons of a
// non-PEP 440 value against a PEP 440 specifier are false, as in packaging
// 21 (newer releases raise an error).
package pep508

import (
	"fmt"
	"strings"

	"github.com/krait-dev/krait/internal/deps/pep440"
)

// Environment holds the values of the marker variables.
type Environment struct {
	PythonVersion                string // "3.12"
	PythonFullVersion            string // "3.12.0"
	OSName                       string // "posix", "nt"
	SysPlatform                  string // "linux", "darwin", "win32"
	PlatformSystem               string // "Linux", "Darwin", "Windows"
	PlatformMachine              string // "x86_64", "arm64", "AMD64"
	PlatformRelease              string
	PlatformVersion              string
	PlatformPythonImplementation string // "CPython"
	ImplementationName           string // "cpython"
	ImplementationVersion        string // "3.12.0"
	Extra                        string // the extra being installed, "" for none
}

// NewEnvironment returns the marker environment of CPython pythonVersion
// ("3", "3.12" or "3.12.1"; "3.12" is taken as "3.12.0") on platform
// ("linux", "darwin"/"macos", "win32"/"windows"), as --python-version and
// --platform select. The machine is x86_64 (arm64 on darwin, AMD64 on
// Windows); platform_release and platform_version are empty, since no
// target defines them. Callers may override any field afterwards.
func NewEnvironment(pythonVersion, platform string) (Environment, error) {
	v, err := pep440.Parse(pythonVersion)
	if err != nil || v.IsPrerelease() || v.IsPostrelease() || v.Local() != "" || v.Epoch() != "0" || len(v.Release()) > 3 {
		return Environment{}, fmt.Errorf("python version %q: want MAJOR[.MINOR[.MICRO]]", pythonVersion)
	}
	rel := v.Release()
	for len(rel) < 3 {
		rel = append(rel, "0")
	}
	full := strings.Join(rel, ".")
	env := Environment{
		PythonVersion:                rel[0] + "." + rel[1],
		PythonFullVersion:            full,
		PlatformPythonImplementation: "CPython",
		ImplementationName:           "cpython",
		ImplementationVersion:        full,
	}
	switch strings.ToLower(platform) {
	case "linux":
		env.OSName, env.SysPlatform, env.PlatformSystem, env.PlatformMachine = "posix", "linux", "Linux", "x86_64"
	case "darwin", "macos", "macosx":
		env.OSName, env.SysPlatform, env.PlatformSystem, env.PlatformMachine = "posix", "darwin", "Darwin", "arm64"
	case "win32", "windows", "win":
		env.OSName, env.SysPlatform, env.PlatformSystem, env.PlatformMachine = "nt", "win32", "Windows", "AMD64"
	default:
		return Environment{}, fmt.Errorf("platform %q: want one of %s", platform, "linux, darwin, win32")
	}
	return env, nil
}

// Lookup returns the value of a marker variable by its canonical name.
func (e Environment) Lookup(name string) (string, bool) {
	switch name {
	case "python_version":
		return e.PythonVersion, true
	case "python_full_version":
		return e.PythonFullVersion, true
	case "os_name":
		return e.OSName, true
	case "sys_platform":
		return e.SysPlatform, true
	case "platform_system":
		return e.PlatformSystem, true
	case "platform_machine":
		return e.PlatformMachine, true
	case "platform_release":
		return e.PlatformRelease, true
	case "platform_version":
		return e.PlatformVersion, true
	case "platform_python_implementation":
		return e.PlatformPythonImplementation, true
	case "implementation_name":
		return e.ImplementationName, true
	case "implementation_version":
		return e.ImplementationVersion, true
	case "extra":
		return e.Extra, true
	}
	return "", false
}

// canonicalVariable maps every accepted spelling of a marker variable,
// including the legacy dotted aliases, to its canonical name.
func canonicalVariable(name string) (string, bool) {
	switch name {
	case "os.name":
		return "os_name", true
	case "sys.platform":
		return "sys_platform", true
	case "platform.version":
		return "platform_version", true
	case "platform.machine":
		return "platform_machine", true
	case "platform.python_implementation", "python_implementation":
		return "platform_python_implementation", true
	}
	_, ok := Environment{}.Lookup(name)
	return name, ok
}
