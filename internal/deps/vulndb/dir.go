package vulndb

import (
	"errors"
	"path/filepath"
	"runtime"
)

// DefaultDir returns the database directory: dir when set (the --db
// flag), else $KRAIT_DB, else $XDG_CACHE_HOME/krait/osv (when absolute, as
// the XDG specification requires), else krait/osv under the platform's
// user cache directory as os.UserCacheDir defines it (%LocalAppData% on
// Windows, $HOME/Library/Caches on macOS, $home/lib/cache on Plan 9,
// $HOME/.cache elsewhere). getenv is os.Getenv in the program and a map in
// tests.
func DefaultDir(dir string, getenv func(string) string) (string, error) {
	if dir != "" {
		return dir, nil
	}
	if d := getenv("KRAIT_DB"); d != "" {
		return d, nil
	}
	if d := getenv("XDG_CACHE_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "krait", "osv"), nil
	}
	var base string
	switch runtime.GOOS {
	case "windows":
		base = getenv("LocalAppData")
	case "darwin", "ios":
		if h := getenv("HOME"); h != "" {
			base = filepath.Join(h, "Library", "Caches")
		}
	case "plan9":
		if h := getenv("home"); h != "" {
			base = filepath.Join(h, "lib", "cache")
		}
	default:
		if h := getenv("HOME"); h != "" {
			base = filepath.Join(h, ".cache")
		}
	}
	if base == "" {
		return "", errors.New("vulndb: no database directory: set --db or KRAIT_DB (neither XDG_CACHE_HOME nor HOME is set)")
	}
	return filepath.Join(base, "krait", "osv"), nil
}
