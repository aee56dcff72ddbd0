/** Jest matchers of the framework the tests run under (written by scripts/framework.ts). */
import 'cdktf/lib/testing/adapters/jest';
