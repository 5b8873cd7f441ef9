package loggingconfiglisten_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/loggingconfiglisten"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", loggingconfiglisten.Analyzer)
}
