/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Source ids in the order the current page cites them; set by the page before its MDX renders. */
    citationOrder?: string[];
  }
}
