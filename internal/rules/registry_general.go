package rules

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/assertused"
	"github.com/krait-dev/krait/internal/rules/badfilepermissions"
	"github.com/krait-dev/krait/internal/rules/bindallinterfaces"
	"github.com/krait-dev/krait/internal/rules/execused"
	"github.com/krait-dev/krait/internal/rules/hardcodedpassworddefault"
	"github.com/krait-dev/krait/internal/rules/hardcodedpasswordfuncarg"
	"github.com/krait-dev/krait/internal/rules/hardcodedpasswordstring"
	"github.com/krait-dev/krait/internal/rules/hardcodedtmpdirectory"
	"github.com/krait-dev/krait/internal/rules/passwordconfigoption"
	"github.com/krait-dev/krait/internal/rules/requestwithouttimeout"
	"github.com/krait-dev/krait/internal/rules/tryexceptcontinue"
	"github.com/krait-dev/krait/internal/rules/tryexceptpass"
)

// generalRules returns the rules for Bandit B101-B113. Bandit documents
// B111 (execute_with_run_as_root_equals_true) as removed, so krait has no
// rule for it.
func generalRules() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		assertused.Analyzer,               // KRT1101, B101
		execused.Analyzer,                 // KRT1102, B102
		badfilepermissions.Analyzer,       // KRT1103, B103
		bindallinterfaces.Analyzer,        // KRT1104, B104
		hardcodedpasswordstring.Analyzer,  // KRT1105, B105
		hardcodedpasswordfuncarg.Analyzer, // KRT1106, B106
		hardcodedpassworddefault.Analyzer, // KRT1107, B107
		hardcodedtmpdirectory.Analyzer,    // KRT1108, B108
		passwordconfigoption.Analyzer,     // KRT1109, B109
		tryexceptpass.Analyzer,            // KRT1110, B110
		tryexceptcontinue.Analyzer,        // KRT1112, B112
		requestwithouttimeout.Analyzer,    // KRT1113, B113
	}
}
